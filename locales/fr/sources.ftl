# Sources : le titre de chacune (tel que la page le donne, dans sa langue), ce qu’elle est, et ce
# que Refuge en a tiré. Une note est aussi un conseil : si elle parle de captures d’écran, elle dit
# « jamais la photo » à côté (testé). Les sections sont les parties citées. L’adresse et la date sont dans
# locales/guides.toml. Un titre qui finit par « … » reprend les premiers mots de la page : la copie
# conservée de la page n’affiche pas de titre.

## Comment une étape cite une source (avec la section, quand elle en cite une)

source-citation = { $publisher } — { $title } ({ $date })
source-citation-section = { $publisher } — { $title } ({ $date }) — { $section }

## GSMA (2017) — document source 000

source-gsma-2017-title = Extorsion sexuelle sur des enfants
source-gsma-2017-note = Un guide destiné aux écoutants des lignes d’aide à l’enfance, publié par la GSMA. Refuge y a repris le déroulement de la sextorsion, ses effets émotionnels, le protocole du premier contact avec un enfant ou un parent, les quatre conseils pour la conversation, les trois questions, les formulaires de retrait des plateformes et les quatre signaux d’alarme.
source-gsma-2017-section-how-it-happens = Comment cela se passe
source-gsma-2017-section-impact = Impact émotionnel sur un enfant
source-gsma-2017-section-child-contact = Prise de contact par l’enfant
source-gsma-2017-section-parent-contact = Prise de contact par un parent ou tuteur
source-gsma-2017-section-practical-advice = Conseils pratiques
source-gsma-2017-section-red-flags = Signaux d’alarme

## Un article de presse de 2020 citant Child Focus — document source 003

source-child-focus-2020-title = Les prédateurs sexuels, plus actifs que jamais depuis le confinement (article de presse citant Child Focus)
source-child-focus-2020-note = Un article de presse francophone de 2020, dont le média n’est pas nommé. Il cite Child Focus, la fondation belge pour enfants disparus et sexuellement exploités. Refuge y a repris la règle des dix minutes, les définitions du grooming, du sexting, de la sextorsion et de l’intimidation sexuelle, les chiffres de Child Focus pour 2018 et 2019, ses conseils aux parents et aux jeunes, et le fait que les parents découvrent souvent la situation par des conversations tombées sous leurs yeux. L’article présente la hausse des dossiers de sextorsion (de 46 à 55) comme une baisse ; Refuge la présente comme la hausse qu’elle est.
source-child-focus-2020-section-ten-minute-rule = La règle des dix minutes
source-child-focus-2020-section-definitions = Définitions
source-child-focus-2020-section-figures = Chiffres 2018-2019
source-child-focus-2020-section-advice-parents = Conseils aux parents
source-child-focus-2020-section-advice-young = Conseils aux jeunes
source-child-focus-2020-section-lockdown = Comment les auteurs abordent les jeunes
source-child-focus-2020-section-who-calls = Qui appelle Child Focus

## Police et autorités

source-fbi-2024-title = The Financially Motivated Sextortion Threat
source-fbi-2024-note = La mise en garde du FBI de janvier 2024. Refuge en a repris le scénario (des auteurs qui se font passer pour des jeunes filles afin d’approcher des adolescents) et les conseils : la victime n’est pas en faute, demander de l’aide avant de payer ou d’envoyer quoi que ce soit, signaler et bloquer, garder tous les échanges.
source-fbi-kc-2024-title = The FBI is warning parents, educators, caregivers, and children about the dangers of online activity…
source-fbi-kc-2024-note = La déclaration du bureau du FBI de Kansas City, publiée par un site d’information local. Refuge en a repris que les victimes sont en général des garçons de 14 à 17 ans, et les chiffres : plus de 13 000 signalements de sextorsion financière de mineurs d’octobre 2021 à mars 2023, et au moins 20 suicides.
source-nca-ceop-2024-title = NCA issues urgent warning about ‘sextortion’
source-nca-ceop-2024-note = L’alerte de la National Crime Agency britannique aux professionnels de l’éducation (29 avril 2024), reproduite en entier par WiredGov. Refuge en a repris que l’image peut être réelle ou fausse, que le chantage peut commencer en moins d’une heure, que les victimes sont surtout des garçons de 14 à 18 ans, et les chiffres du NCMEC (26 718 signalements en 2023, 10 731 en 2022).
source-nca-parents-2024-title = The National Crime Agency has issued an alert to hundreds of thousands of education professionals…
source-nca-parents-2024-note = Les conseils de la même alerte aux parents. Refuge en a repris : ne pas payer, et en cas de paiement, pas de panique mais ne plus rien payer ; couper le contact et bloquer ; ne rien supprimer qui puisse servir de preuve, messages, images et coordonnées bancaires compris ; signaler à la police.
source-college-policing-title = Responding to the taking or sharing of nude and semi-nude images by young people
source-college-policing-note = La note du College of Policing pour la police d’Angleterre et du pays de Galles. Refuge en a repris que la contrainte, l’exploitation ou l’appât du gain relèvent de l’abus sexuel sur enfant et d’une réponse pénale complète : le jeune est la victime.
source-thinkuknow-au-title = How to make a report
source-thinkuknow-au-note = ThinkUKnow, le programme de la police fédérale australienne. Refuge en a repris qu’aucune information n’est trop petite, et que les enfants ne sont jamais blâmés ni critiqués parce qu’ils sont victimes.
source-accce-report-title = How & what to report
source-accce-report-note = Le centre australien de lutte contre l’exploitation des enfants (ACCCE). Refuge en a repris ce qu’il faut recueillir avant de bloquer : des captures de la conversation, jamais de la photo, avec les profils, pseudos et liens, les dates et les heures ; et sa mise en garde : ne jamais faire de capture, enregistrer ni partager une image explicite d’une personne mineure.
source-accce-signs-title = Do you know how to protect your children from online sextortion?
source-accce-signs-note = Les signes d’alerte de l’ACCCE pour les parents, cités par un site d’information. Refuge en a repris : des images sexuelles envoyées d’abord par un faux profil qui en demande en retour, une conversation déplacée vers une autre appli, une webcam ou un micro qui « ne marche pas ».
source-police-minors-fr-title = Victime ou témoin mineur de violence sexuelle, conjugale, au sein de la famille, de harcèlement scolaire, de cyberharcèlement, de sextorsion…
source-police-minors-fr-note = La page du ministère de l’Intérieur pour les mineurs (mise à jour le 12 novembre 2025). Refuge en a repris le tchat gratuit de la police et de la gendarmerie pour les moins de 18 ans, ouvert 24 h/24, sextorsion comprise, et le fait qu’une victime mineure peut porter plainte seule ou avec un adulte de confiance de son choix.
source-pharos-title = Le portail de signalement des contenus illicites de l’internet (Pharos)
source-pharos-note = Le portail de la police pour signaler les contenus illicites (mis à jour le 7 février 2024). Refuge en a repris que Pharos reçoit les contenus publics et les comportements illicites, y compris les messages d’un inconnu anonyme et les propositions sexuelles faites à un mineur, et qu’une affaire privée avec une personne que l’on connaît passe par le tchat de la police ou le commissariat.

## Protection de l’enfance et établissements scolaires

source-ukcis-2024-title = Sharing nudes and semi-nudes: how to respond to an incident (overview)
source-ukcis-2024-note = La consigne d’une page pour tout le personnel des établissements scolaires d’Angleterre (UK Council for Internet Safety, mise à jour le 11 mars 2024). Refuge en a repris : signaler tout de suite au « designated safeguarding lead » ; ne jamais regarder, copier, imprimer, partager, stocker ni enregistrer les images, ni demander à un enfant de les partager ou de les télécharger ; un adulte qui partage des images dénudées d’un mineur commet un abus sexuel sur enfant, et on appelle la police.
source-hwb-wales-title = Sharing nudes and semi-nudes
source-hwb-wales-note = Les consignes du gouvernement gallois pour les écoles et les familles. Refuge en a repris que prendre ou partager des images dénudées de mineurs est une infraction même quand l’image ne montre que le jeune lui-même, et que la loi couvre aussi les images retouchées ou créées par l’IA.
source-ni-sharing-nudes-title = Sharing Nudes & Semi-Nudes
source-ni-sharing-nudes-note = Le site de sécurité en ligne d’Irlande du Nord pour les jeunes. Refuge en a repris qu’un jeune dont l’image dénudée a été obtenue ou partagée par la contrainte ou la menace est victime d’une infraction et n’a rien fait de mal.
source-disclosure-dia-title = What to do if a pupil discloses a safeguarding issue
source-disclosure-dia-note = Un support de formation pour le personnel scolaire. Refuge en a repris : rester calme, ne pas insister pour avoir des détails, ne pas promettre le secret, ne transmettre qu’aux personnes qui ont besoin de savoir.
source-eduscol-danger-title = Enfants en danger : comment les repérer ? Que faire ?
source-eduscol-danger-note = La page du ministère de l’Éducation nationale sur les enfants en danger. Refuge en a repris que l’école transmet les situations d’enfants en danger à la CRIP (une information préoccupante) ou, si c’est grave, au procureur de la République.
source-dsden93-art40-title = Enfant en danger ou en risque de l’être : que faire ?
source-dsden93-art40-note = Une direction des services départementaux de l’Éducation nationale (Seine-Saint-Denis). Refuge en a repris l’article 40 du code de procédure pénale : tout fonctionnaire qui apprend un crime ou un délit dans l’exercice de ses fonctions doit en aviser sans délai le procureur ; et les deux procédures, selon la gravité.
source-charente-maritime-title = La protection des enfants, un devoir pour tous et une obligation légale
source-charente-maritime-note = Le guide de signalement d’un conseil départemental. Refuge en a repris : écouter, laisser l’enfant s’exprimer avec ses mots, éviter de le questionner, lui expliquer qu’on va devoir en parler, et ne jamais rester isolé face à la situation.
source-internet-safety-101-title = Warning Signs
source-internet-safety-101-note = Un programme de sécurité sur internet pour les parents. Refuge en a repris des changements de comportement qui peuvent indiquer qu’un enfant est pris pour cible : le secret, l’écran qu’on change, le repli, des cadeaux d’inconnus.
source-parentnets-title = Diagnosis
source-parentnets-note = Un guide pour les parents sur la sextorsion. Refuge en a repris des signes de détresse : changements d’humeur et sommeil perturbé.

## Organismes de protection de l’enfance et chercheurs

source-ncmec-title = Steps to take following financial sextortion
source-ncmec-note = Les étapes que le centre américain pour les enfants disparus et exploités (NCMEC) donne aux parents, reprises par le National Children’s Advocacy Center. Refuge en a repris : le coupable, c’est le prédateur, pas l’enfant ; demander de l’aide avant de payer ; signaler, puis bloquer, sans supprimer le profil ni les messages.
source-c3p-title = What is sextortion?
source-c3p-note = Cyberaide.ca, géré par le Centre canadien de protection de l’enfance. Refuge en a repris : couper toute communication ; ne jamais payer ni envoyer davantage ; en cas de paiement, vérifier s’il a été encaissé et sinon l’annuler ; parler à un adulte de confiance ; demander à la police un enquêteur spécialisé dans l’exploitation des enfants ; garder les messages et les images, sans les supprimer. Refuge ajoute qu’on ne fait aucune nouvelle copie de la photo.
source-cybertip-2021-title = Cybertip.ca is seeing an escalation in tactics being used by offenders to sextort teens…
source-cybertip-2021-note = Une alerte de Cyberaide.ca (octobre 2021). Refuge en a repris les menaces visant les ados : des images de leur établissement scolaire ou de leur liste d’amis et de famille, copiées sur leur profil, et de faux articles de presse.
source-child-focus-2025-title = Explosion du nombre de garçons victimes de sextorsion. Child Focus lance Payboy pour les prémunir contre l’extorsion en ligne.
source-child-focus-2025-note = Child Focus, Belgique (17 novembre 2025), au lancement de sa campagne Payboy. Refuge en a repris : plus de 350 dossiers de sextorsion en 2025 (130 % de plus qu’en 2024) ; 93 % des nouveaux cas financiers concernent des garçons ; les auteurs gagnent la confiance des jeunes avant de demander des images.
source-child-focus-advice-2025-title = The non-governmental Child Focus organisation is launching an online platform aimed at fighting sextortion…
source-child-focus-advice-2025-note = The Brussels Times sur la même campagne. Refuge en a repris les conseils de Child Focus : ne pas payer, faire des captures d’écran (jamais de la photo), couper le contact, en parler à un adulte de confiance, et porter plainte à la police et auprès de Child Focus, car la sextorsion est une infraction.
source-child-focus-2023-title = Le constat est sans appel…
source-child-focus-2023-note = Une dépêche Belga sur le rapport annuel 2022 de Child Focus. Refuge en a repris que, grâce à sa collaboration avec les principaux réseaux sociaux, Child Focus peut faire retirer rapidement des images dénudées diffusées sans consentement.
source-safeonweb-payboy-title = Child Focus lance « Payboy », une nouvelle plateforme contre la sextorsion
source-safeonweb-payboy-note = Le Centre pour la Cybersécurité Belgique sur la campagne Payboy. Refuge en a repris que les auteurs utilisent l’IA : des avatars hyperréalistes, et des « deepnudes » fabriqués à partir de simples photos pour faire chanter.
source-thorn-title = New data reveals the devastating toll of sextortion on kids
source-thorn-note = Thorn, une association qui développe des outils technologiques contre les abus sexuels sur enfants (24 juin 2025). Refuge en a repris qu’une jeune victime de sextorsion sur sept s’est fait du mal.
source-thorn-2025-findings-title = Thorn, a nonprofit that develops technology to protect children from online sexual abuse, has released…
source-thorn-2025-findings-note = Un résumé du rapport 2025 de Thorn. Refuge en a repris qu’une victime sur trois connaissait l’auteur dans la vraie vie : souvent quelqu’un de l’école, un ou une partenaire, une connaissance de la famille.
source-meta-stop-sextortion-title = Stop sextortion
source-meta-stop-sextortion-note = Les conseils de Meta, conçus par Thorn. Refuge en a repris : ne plus répondre et ne pas payer ; si de l’argent a déjà été envoyé, ça va aller, il faut arrêter de payer ; signaler les contenus créés par l’IA et les soumettre à Take It Down.
source-deepfake-fr-title = Deepfake à caractère sexuel
source-deepfake-fr-note = Une ressource française sur le droit des violences sexuelles. Refuge en a repris que diffuser sans son accord un montage ou une image créée par l’IA à caractère sexuel représentant une personne est un délit (article 226-8-1 du code pénal).
source-csam-law-fr-title = Pédopornographie
source-csam-law-fr-note = La même ressource, sur l’article 227-23 du code pénal. Refuge en a repris qu’enregistrer, transmettre ou détenir des images sexuelles d’un mineur est un délit, même quand le mineur représenté est fictif.

## Services de retrait et de signalement

source-take-it-down-title = NCMEC Launches New Service That Can Help You “Take It Down”
source-take-it-down-note = Le communiqué de lancement du NCMEC (27 février 2023). Refuge en a repris le fonctionnement de Take It Down : une empreinte numérique (un « hash ») créée sur l’appareil, sans que l’image n’en sorte ; des images de mineurs ; ouvert dans le monde entier ; utilisé par les plateformes participantes sur leurs services publics ou non chiffrés.
source-ap-take-it-down-title = ‘Take It Down:’ a tool for teens to remove explicit images
source-ap-take-it-down-note = L’Associated Press sur les limites de Take It Down : les images des messageries chiffrées ne sont pas retirées, et une copie modifiée (recadrée, avec un émoji, transformée en mème) devient une nouvelle image.
source-report-remove-title = Report Remove
source-report-remove-note = La page de l’Internet Watch Foundation sur l’outil qu’elle gère avec Childline pour les moins de 18 ans au Royaume-Uni. Refuge en a repris son fonctionnement : une vérification de l’âge avec Yoti dès 13 ans, un compte Childline pour le soutien et le résultat, l’image déposée uniquement auprès de l’IWF, dont les analystes l’examinent et agissent pour la faire retirer.
source-e-enfance-3018-title = Le 3018, numéro national de lutte contre les cyberviolences créé en 2021 pour protéger les victimes, étend son dispositif…
source-e-enfance-3018-note = Un article de magazine sur le 3018, le numéro national contre les violences numériques, géré par l’association e-Enfance. Refuge en a repris qu’il est gratuit et confidentiel, et que les plateformes traitent ses signalements en priorité.

## Ajoutées pour la première minute (issue 24)

source-nca-2025-title = National Crime Agency launches online campaign to tackle ‘sextortion’ among young teenage boys
source-nca-2025-note = La campagne 2025 de la National Crime Agency britannique, reproduite en entier par WiredGov. Refuge en a repris que la sextorsion est menée par des groupes criminels organisés, surtout à l’étranger, qui veulent de l’argent vite, parfois dans l’heure qui suit le premier contact ; que tous les âges sont visés ; et que 73 % des garçons interrogés ne savaient pas comment la signaler.
source-c3p-campaign-2024-title = Campaign delivers sextortion information to youth and caregivers
source-c3p-campaign-2024-note = La campagne 2024 du Centre canadien de protection de l’enfance. Refuge en a repris que les auteurs de sextorsion sont en général organisés, acharnés et impitoyables, et ses quatre étapes : arrêter de lui parler, faire des captures des messages (jamais de la photo, ajoute Refuge), le bloquer, et en parler à un adulte de confiance.
source-netsafe-sextortion-title = Sextortion
source-netsafe-sextortion-note = Netsafe, l’organisme de sécurité en ligne de Nouvelle-Zélande, pour les jeunes et les adultes de confiance. Refuge en a repris que les escrocs sont des criminels professionnels qui visent beaucoup de gens en même temps ; de ne pas céder ni envoyer davantage ; de faire des captures des menaces, jamais de la photo ; et de prévenir ses amis et sa famille que quelqu’un essaie de nous arnaquer.
source-netsafe-scams-title = Sextortion Scams
source-netsafe-scams-note = La page de Netsafe sur les arnaques à la sextorsion. Refuge en a repris que l’escroc utilise de nombreux comptes et vise beaucoup de gens à la fois, et qu’il lâche vite ceux qui le bloquent et ne répondent plus ; et, si un contenu a été diffusé, qu’il faut le signaler au site.
source-rcmp-sextortion-title = Sextortion
source-rcmp-sextortion-note = La Gendarmerie royale du Canada (GRC) en Colombie-Britannique. Refuge en a repris : ne pas paniquer, ne pas payer, ne rien envoyer de plus ; bloquer l’extorqueur mais garder les échanges et les images envoyées ; verrouiller ses réseaux sociaux et n’accepter aucun nouvel ami, car il revient avec de faux profils ; et la police peut aider sans en parler aux parents.
source-cybermalveillance-title = Que faire en cas de sextorsion ?
source-cybermalveillance-note = La plateforme publique française d’aide aux victimes de cybermalveillance. Refuge en a repris : ne plus répondre et bloquer le maître chanteur, verrouiller au plus vite ses comptes de réseaux sociaux, et porter plainte.
source-meta-teens-title = Stop sextortion – teens
source-meta-teens-note = La page de Meta pour les ados, dans son espace conçu avec Thorn. Refuge en a repris : si quelqu’un connaît son mot de passe, le changer tout de suite ; garder ce qui a été dit ; parler à quelqu’un de confiance, avec une façon d’entamer la conversation ; ne pas transférer de photos.
source-thorn-stop-sextortion-title = Stop sextortion before it starts
source-thorn-stop-sextortion-note = Les conseils « Stop Sextortion » de Thorn, reproduits mot pour mot par un site de campagne brésilien. Refuge en a repris : si on a moins de 18 ans, le dire en signalant, même si le profil indique un autre âge ; ne jamais transférer l’image sexuelle de quelqu’un d’autre ; parler à quelqu’un de confiance.
source-esafety-nudes-shared-title = My nudes have been shared
source-esafety-nudes-shared-note = Le commissaire australien à la sécurité en ligne (eSafety), pour les jeunes. Refuge en a repris : rester calme et en parler à un adulte de confiance ; faire des captures des pseudos, des messages et des publications, jamais de la photo elle-même ; signaler, quel que soit son âge.
source-ceop-shared-around-title = When nudes get shared around
source-ceop-shared-around-note = CEOP Education (anciennement Thinkuknow), le programme éducatif de la National Crime Agency britannique, pour les 14 ans et plus. Refuge en a repris que partager l’image dénudée d’une personne de moins de 18 ans est toujours mal et constitue une infraction, et que cela peut faire très mal à la personne, même si elle semble ne pas s’en soucier.
source-bee-secure-2025-title = Avertissement sur une nouvelle forme de sextorsion au Luxembourg : des maîtres chanteurs ciblent des enfants et des adolescents
source-bee-secure-2025-note = Le service de sécurité en ligne du Luxembourg. Refuge en a repris que certains maîtres chanteurs poussent leur victime à obtenir des photos intimes d’autres enfants, pour qu’elle ait peur d’être vue comme complice ; et de ne pas céder. (Refuge ne suit pas son conseil de faire aussi des captures des images : des captures, oui, mais jamais de la photo.)
source-shorespace-sent-title = What if I’ve been sent a nude by someone else?
source-shorespace-sent-note = Shore, le site de la Lucy Faithfull Foundation pour les jeunes. Refuge en a repris : si on reçoit une image sexuelle d’une personne de moins de 18 ans, ne pas la garder ni l’envoyer à personne, pas même à un adulte qui pourrait aider ; en parler à un adulte de confiance, qui aidera à la signaler.
source-ni-image-sharing-title = Image Sharing – What You Can Do
source-ni-image-sharing-note = Le Safeguarding Board d’Irlande du Nord, pour les parents et les professionnels (26 juin 2023). Refuge en a repris : rester calme et ne pas surréagir ; signaler tôt ; et, même quand l’enfant semble bien faire face, demander l’aide de professionnels comme son médecin.
source-beyond-blue-ask-title = How you can help
source-beyond-blue-ask-note = Beyond Blue, l’organisme australien de santé mentale, pour les parents d’adolescents. Refuge en a repris : demander franchement à un jeune s’il pense au suicide ; en parler ne lui en donne pas l’idée ; s’il est en danger, chercher de l’aide tout de suite.
source-stopncii-faq-title = FAQ
source-stopncii-faq-note = StopNCII.org, géré par l’association britannique SWGfL. Refuge en a repris : il s’adresse aux adultes ; les images prises avant 18 ans, même si on est plus âgé aujourd’hui, vont à Take It Down ; si quelqu’un menace de diffuser ses images, on peut ouvrir un dossier ; si elles sont déjà en ligne, les signaler d’abord aux plateformes ; les numéros de dossier et les codes PIN ne peuvent pas être récupérés.
source-stopncii-how-title = Hur StopNCII.org fungerar (Comment fonctionne StopNCII.org, version suédoise de la page)
source-stopncii-how-note = La page de StopNCII.org qui explique son fonctionnement. Refuge en a repris que l’empreinte (le « hash ») est créée sur l’appareil et que seule l’empreinte est envoyée, les images restant sur l’appareil ; et que les entreprises participantes cherchent les correspondances.
source-take-it-down-relay-title = Take It Down
source-take-it-down-relay-note = Le texte de Take It Down, reproduit mot pour mot par un site d’aide aux jeunes. Refuge en a repris : gratuit, on peut rester anonyme ; pour les images prises avant 18 ans ; l’image ne quitte jamais l’appareil ; il fonctionne sur les plateformes publiques ou non chiffrées qui y participent ; pour une image prise à 18 ans ou plus, StopNCII.org.
source-nhs-relaxed-breathing-title = Relaxed breathing for stress
source-nhs-relaxed-breathing-note = Un livret d’aide d’un service de santé mentale du NHS, en Angleterre. Refuge en a repris l’exercice de respiration : inspirer lentement en comptant jusqu’à cinq, expirer lentement en comptant jusqu’à cinq, sans retenir son souffle, jusqu’à se sentir plus calme.
source-nspcc-calm-zone-title = Calm zones can help children to de-stress in their own way
source-nspcc-calm-zone-note = Une chronique de la NSPCC sur la « Calm Zone » de Childline. Refuge en a repris que faire appel aux sens, comme le toucher, aide un jeune à revenir au moment présent et à reprendre le contrôle.

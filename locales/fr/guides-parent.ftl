# Guides pour les parents (vouvoiement). Calme et concret ; ne jamais accuser l’enfant ni le parent.
# Un parent n’a jamais besoin de voir les images pour aider, ne demande jamais à l’enfant de les
# montrer, et ne se les fait jamais envoyer. Rien n’est supprimé : les photos, la conversation et
# les comptes restent où ils sont, pour la police et les services de retrait. Pas d’accord au masculin pour le parent (ni « seul », ni « inquiet ») : reformuler.

## Guide : parent-talk — d’après la partie du guide GSMA sur la prise de contact par un parent

guide-parent-talk-title = Parler avec votre enfant
guide-parent-talk-summary = Comment réagir, écouter et parler pour que votre enfant continue à se confier, et que faire ensuite.

guide-parent-talk-step-emotions-title = D’abord, vos propres émotions
guide-parent-talk-step-emotions-body =
    Colère, confusion, peur, et même culpabilité : tout cela est normal quand on apprend que son enfant a été pris pour cible. Prenez une respiration avant de parler.

    Gardez une chose en tête avant tout : ce n’est jamais la faute de votre enfant. La personne qui le fait chanter commet un délit.

guide-parent-talk-step-listen-title = Écouter sans juger
guide-parent-talk-step-listen-body =
    Laissez votre enfant raconter à sa manière. Faites attention à votre réaction : votre visage, votre voix, vos mots. Une réaction choquée ou en colère peut fermer la porte.

    Remerciez-le de vous en avoir parlé. Ne le blâmez pas, ne le punissez pas, et ne lui retirez pas son téléphone en guise de punition.

guide-parent-talk-step-more-later-title = Se préparer à en entendre davantage
guide-parent-talk-step-more-later-body =
    Ce que vous savez aujourd’hui n’est peut-être qu’une partie de l’histoire. Votre enfant vous en dira peut-être plus dans quelques heures ou quelques jours.

    Ce jour-là, réagissez avec le même calme. C’est ainsi qu’il comprend qu’il peut continuer à parler sans danger.

guide-parent-talk-step-tips-title = Quatre façons d’aider votre enfant à se confier
guide-parent-talk-step-tips-body =
    Que votre enfant vous ait déjà dit quelque chose ou que vous ayez seulement un doute, ces conseils aident la conversation.
guide-parent-talk-step-tips-point-moment = Choisissez le moment avec soin, pour que votre enfant ne se sente ni piégé ni sommé de se justifier.
guide-parent-talk-step-tips-point-place = Trouvez un endroit calme où personne ne vous interrompra.
guide-parent-talk-step-tips-point-questions = Posez des questions sans juger, laissez-lui le temps de répondre, et faites en sorte que la conversation reste fluide.
guide-parent-talk-step-tips-point-reassure = Rassurez-le : vous le croyez, et vous allez l’aider.

guide-parent-talk-step-first-steps-title = Ce qu’il faut faire tout de suite, ensemble
guide-parent-talk-step-first-steps-body =
    Faites ces démarches avec votre enfant, pas dans son dos. Vous n’avez jamais besoin de voir les images pour aider : ne les regardez pas, ne demandez pas à votre enfant de vous les montrer, et ne vous les faites jamais envoyer.
guide-parent-talk-step-first-steps-point-dont-pay = Ne payez pas. Si de l’argent a déjà été envoyé, ne payez plus rien : le guide suivant explique quoi faire.
guide-parent-talk-step-first-steps-point-no-contact = Aidez votre enfant à ne plus répondre. Ne répondez pas non plus vous-même à la personne qui le fait chanter, et ne l’affrontez pas.
guide-parent-talk-step-first-steps-point-evidence = Gardez des captures d’écran des messages, du profil, du pseudo et des demandes, sans aucune photo dessus. Si la photo est dans la conversation, laissez ce passage à la police.
guide-parent-talk-step-first-steps-point-keep-account = Ne supprimez rien : ni le compte, ni les messages, ni les photos, ni aucune appli. Laissez-les où ils sont : ce sont des preuves.
guide-parent-talk-step-first-steps-point-report = Signalez le compte sur la plateforme en précisant que votre enfant a moins de 18 ans, puis bloquez-le. Les plateformes sont tenues de retirer les images sexuelles de mineurs : le guide de retrait explique comment le demander.
guide-parent-talk-step-first-steps-point-police = Signalez-le à la police, ou au service de signalement de votre pays (l’écran des lignes d’aide l’indique). Vous pouvez accompagner votre enfant.

guide-parent-talk-step-three-questions-title = Trois questions à vous poser
guide-parent-talk-step-three-questions-body =
    Vos réponses indiquent à quel point votre enfant a besoin d’un soutien au-delà de vous, et avec quelle urgence. Si une réponse est oui, ou en cas de doute, parlez-en vite à un professionnel : une ligne d’aide, votre médecin ou les services de l’enfance.

    Même si votre enfant semble aller bien, restez proche de lui ce soir et les jours suivants, et racontez à votre médecin ou à une ligne d’aide ce qui s’est passé. Demandez-lui franchement s’il pense au suicide : poser la question ne lui en donne pas l’idée.

    Si votre enfant parle de suicide ou de se faire du mal, appelez maintenant.
guide-parent-talk-step-three-questions-point-behaviour = Le comportement de votre enfant a-t-il changé ?
guide-parent-talk-step-three-questions-point-support = Votre enfant est-il suivi par un service d’aide ou de soin, ou a-t-il eu un tel suivi auparavant ?
guide-parent-talk-step-three-questions-point-mental-health = Sa santé mentale vous inquiète-t-elle, en ce moment ou depuis un certain temps ?

guide-parent-talk-step-child-services-title = Demander l’aide des services de l’enfance
guide-parent-talk-step-child-services-body =
    Vous n’avez pas à gérer cela sans aide. Vous pouvez contacter vous-même les services de protection de l’enfance de votre pays ou une ligne d’aide. Ils vous expliqueront les recours possibles là où vous vivez, y compris le dépôt de plainte.

    Au moindre signal d’alarme, agissez tout de suite.

## Guide : parent-cases — les situations qui changent les étapes

guide-parent-cases-title = Quand la situation se complique
guide-parent-cases-summary = De l’argent déjà envoyé, un maître chanteur que votre enfant connaît, une fausse image, la plainte à la police, et comment parler du sexting.

guide-parent-cases-step-already-paid-title = Si de l’argent a déjà été envoyé
guide-parent-cases-step-already-paid-body =
    Pas de panique, mais ne payez plus rien. Payer montre au maître chanteur qu’il peut obtenir davantage.

    Vérifiez si le paiement a été encaissé. Si ce n’est pas le cas, demandez tout de suite à la banque ou à l’appli de paiement de l’annuler.

    Gardez les détails du paiement (montant, date, destinataire) comme preuves pour la police. Mon dossier peut les conserver, en texte.

guide-parent-cases-step-known-offender-title = Quand votre enfant connaît le maître chanteur
guide-parent-cases-step-known-offender-body =
    Environ une jeune victime sur trois connaît la personne : quelqu’un de sa classe, un ou une ex, une connaissance de la famille. C’est plus urgent, pas moins : cette personne peut atteindre votre enfant hors d’internet, et s’en prendre à d’autres.

    N’affrontez ni cette personne ni sa famille, et ne négociez pas. Gardez les preuves, prévenez tout de suite l’établissement scolaire (en France, le chef d’établissement ou le directeur d’école ; en Angleterre, le « designated safeguarding lead »), et portez plainte.

guide-parent-cases-step-fake-images-title = Quand l’image est fausse
guide-parent-cases-step-fake-images-body =
    Avec l’IA, une photo ordinaire peut être transformée en fausse photo dénudée. Votre enfant n’a peut-être jamais rien envoyé. C’est quand même du chantage, et ces images restent illégales.

    Les mêmes étapes s’appliquent. Take It Down peut aussi créer l’empreinte numérique d’une fausse image, depuis l’appareil où elle se trouve déjà, en général celui de votre enfant ; l’image n’est pas envoyée. Ne la faites jamais transférer sur un autre appareil, pas même le vôtre.

guide-parent-cases-step-police-title = Aller voir la police
guide-parent-cases-step-police-body =
    Votre enfant est la victime, pas un suspect : pour la police, un jeune menacé ou forcé est victime de violences sexuelles. Vous pouvez l’accompagner. En France, un mineur peut aussi porter plainte seul, ou avec un adulte de confiance, et un tchat de la police pour les moins de 18 ans répond jour et nuit.

    Quoi apporter (jamais les images elles-mêmes) :
guide-parent-cases-step-police-point-screenshots = Des captures d’écran des messages et des menaces, sans aucune photo dessus.
guide-parent-cases-step-police-point-accounts = Les pseudos du maître chanteur et les liens vers ses profils.
guide-parent-cases-step-police-point-payment = La preuve de chaque paiement : montant, date, destinataire.
guide-parent-cases-step-police-point-dates = Quand tout a commencé, et ce qui s’est passé à chaque moment (Mon dossier garde ces notes).

guide-parent-cases-step-sexting-title = Parler du sexting
guide-parent-cases-step-sexting-body =
    Avant 18 ans, prendre ou partager des images dénudées est interdit par la loi dans de nombreux pays, même entre partenaires ; les règles varient d’un pays à l’autre. Et une image envoyée peut servir à faire du chantage.

    Dites-le calmement, et dites aussi l’autre moitié : si un jour les choses tournent mal, votre enfant peut venir vous voir et ne sera pas puni pour autant.

## Guide : parent-signs

guide-parent-signs-title = Les signes d’alerte
guide-parent-signs-summary = Les changements à surveiller, le scénario qui vise les garçons, pourquoi il n’y a parfois aucun signe, et que faire de ce que vous remarquez.

guide-parent-signs-step-behaviour-title = Les changements à surveiller
guide-parent-signs-step-behaviour-body =
    Un signe isolé ne prouve rien. Plusieurs signes ensemble, ou un changement soudain, méritent une conversation calme.
guide-parent-signs-step-behaviour-point-secrecy = Un nouveau secret autour du téléphone ou de l’ordinateur.
guide-parent-signs-step-behaviour-point-switching = Changer d’écran ou cacher le téléphone quand quelqu’un approche.
guide-parent-signs-step-behaviour-point-withdrawal = Un repli soudain : moins de contacts avec la famille, les amis, les activités habituelles.
guide-parent-signs-step-behaviour-point-mood = Des changements d’humeur : anxiété, irritabilité, tristesse, nervosité.
guide-parent-signs-step-behaviour-point-sleep = Un sommeil perturbé, des cauchemars.
guide-parent-signs-step-behaviour-point-gifts = Des cadeaux, de l’argent ou des crédits de jeu venant d’inconnus.
guide-parent-signs-step-behaviour-point-new-friend = Un nouvel ami en ligne qui le couvre de compliments.
guide-parent-signs-step-behaviour-point-private-app = Une pression pour poursuivre la conversation sur une autre appli.
guide-parent-signs-step-behaviour-point-found-messages = Des messages inquiétants, découverts par hasard. Beaucoup de parents l’apprennent ainsi.

guide-parent-signs-step-boys-pattern-title = Le scénario qui vise les garçons
guide-parent-signs-step-boys-pattern-body =
    La sextorsion financière est aujourd’hui le cas le plus fréquent, et elle vise surtout les garçons de 14 à 17 ans. Elle suit souvent le même scénario.
guide-parent-signs-step-boys-pattern-point-flattering = Une « fille » du même âge, très flatteuse, demande à l’ajouter : souvent une inconnue, ou l’amie d’un ami.
guide-parent-signs-step-boys-pattern-point-nude-first = Elle envoie d’abord une photo sexuelle, puis en demande une en retour.
guide-parent-signs-step-boys-pattern-point-other-app = Elle propose de passer sur une autre appli, ou en appel vidéo où sa propre caméra « ne marche pas ».
guide-parent-signs-step-boys-pattern-point-fast = Les menaces et la demande d’argent arrivent en quelques minutes ou quelques heures.
guide-parent-signs-step-boys-pattern-point-followers = Le maître chanteur montre à votre enfant qu’il a copié la liste de ses abonnés ou de ses amis, ou trouvé son établissement scolaire, pour prouver qu’il peut tous les atteindre.

guide-parent-signs-step-no-signs-title = Il peut n’y avoir aucun signe
guide-parent-signs-step-no-signs-body =
    La sextorsion peut passer du premier message aux menaces en moins d’une heure, avant que rien ne se voie. L’absence de signe ne veut pas dire qu’il ne se passe rien.

    Parlez-en donc avant que quoi que ce soit n’arrive. Dites à votre enfant que si quelqu’un le menace un jour en ligne, il peut venir vous voir et qu’il ne sera pas puni.

guide-parent-signs-step-three-questions-title = Trois questions à vous poser
guide-parent-signs-step-three-questions-body =
    Elles vous aident à juger de quel soutien votre enfant a besoin.
guide-parent-signs-step-three-questions-point-behaviour = Le comportement de votre enfant a-t-il changé ?
guide-parent-signs-step-three-questions-point-support = Votre enfant est-il suivi par un service d’aide ou de soin, ou a-t-il eu un tel suivi auparavant ?
guide-parent-signs-step-three-questions-point-mental-health = Sa santé mentale vous inquiète-t-elle, en ce moment ou depuis un certain temps ?

guide-parent-signs-step-what-to-do-title = Que faire de vos réponses
guide-parent-signs-step-what-to-do-body =
    Si vous avez remarqué des signes ou répondu oui, choisissez un moment calme pour en parler. Évaluez l’urgence, et appelez une ligne d’aide ou les services de l’enfance pour obtenir des conseils.

    Si votre enfant parle de suicide ou de se faire du mal, ou si quelqu’un lui a fixé un délai, c’est urgent : appelez maintenant. Même si votre enfant semble bien le vivre, demandez conseil à un professionnel, votre médecin par exemple, et continuez à observer les changements dans les semaines qui viennent.

## Guide : removal — seules les pages web demandent une connexion ; le dire

guide-removal-title = Faire retirer les images et signaler
guide-removal-summary = Comment signaler le compte et demander le retrait des images. Les pages web ci-dessous demandent une connexion internet ; le reste de Refuge fonctionne hors ligne.

guide-removal-step-before-title = Avant de commencer
guide-removal-step-before-body =
    Ne supprimez rien : ni le compte, ni les messages, ni les photos, ni aucune appli. Laissez tout où c’est : la police et les plateformes ont besoin de ces preuves.

    Gardez des captures d’écran des messages, du profil, du pseudo et des demandes, sans aucune photo dessus. Ne copiez, ne transférez et ne montrez jamais les images elles-mêmes, et ne vous les faites jamais envoyer : c’est illégal pour des images de mineurs. Take It Down fonctionne depuis l’appareil qui a déjà la photo, en général celui de votre enfant, avec vous à ses côtés.

guide-removal-step-platforms-title = Signaler sur la plateforme
guide-removal-step-platforms-body =
    Les images sexuelles de mineurs sont illégales, et les plateformes doivent les retirer. Signalez le compte et chaque publication ou message, avec le bouton de signalement de l’appli ou le formulaire de la plateforme. Certaines traitent la sextorsion en priorité et peuvent alerter la police.

    Chaque bouton ci-dessous ouvre une page web : il faut une connexion internet.

guide-removal-step-take-it-down-title = Take It Down (partout dans le monde)
guide-removal-step-take-it-down-body =
    Take It Down, un service du NCMEC, aide à empêcher la diffusion d’images de mineurs, même avant leur publication. C’est gratuit et anonyme. Comment il fonctionne, et ses limites :
guide-removal-step-take-it-down-point-on-device = Il fonctionne sur l’appareil où l’image se trouve déjà, en général celui de votre enfant : il y crée une empreinte numérique (un « hash »), et l’image n’est jamais envoyée ni vue par personne. Ne transférez jamais l’image sur un autre appareil, pas même le vôtre.
guide-removal-step-take-it-down-point-under-18 = Il concerne les images prises quand la personne avait moins de 18 ans.
guide-removal-step-take-it-down-point-participating = Seules les plateformes qui y participent utilisent les empreintes pour trouver et retirer les copies.
guide-removal-step-take-it-down-point-not-encrypted = Il ne voit pas le contenu des messageries chiffrées.
guide-removal-step-take-it-down-point-edited-copies = Il peut manquer des copies recadrées ou retouchées.
guide-removal-step-take-it-down-point-fakes = Il accepte aussi les fausses images créées par l’IA.
guide-removal-step-take-it-down-point-over-18 = Pour les images prises à 18 ans ou plus, StopNCII.org fait le même travail.

guide-removal-step-report-remove-title = Report Remove (Royaume-Uni)
guide-removal-step-report-remove-body =
    Childline et l’Internet Watch Foundation (IWF) proposent Report Remove aux jeunes de moins de 18 ans au Royaume-Uni. Contrairement à Take It Down, le jeune envoie l’image elle-même, et uniquement à l’IWF. Comment ça se passe :
guide-removal-step-report-remove-point-age-check = À partir de 13 ans, le jeune prouve son âge avec Yoti. Avant 13 ans, aucune vérification.
guide-removal-step-report-remove-point-account = Il crée un compte Childline, qui lui permet d’être soutenu et de connaître le résultat.
guide-removal-step-report-remove-point-upload = Il dépose l’image, la vidéo ou le lien sur la page sécurisée de l’IWF, et nulle part ailleurs.
guide-removal-step-report-remove-point-review = Les analystes de l’IWF l’examinent et, si le contenu est illégal, en créent l’empreinte et agissent pour le faire retirer.

guide-removal-step-canada-title = AidezMoiSVP.ca (Canada)
guide-removal-step-canada-body =
    Le Centre canadien de protection de l’enfance explique, plateforme par plateforme, comment faire retirer des images. Son équipe peut aussi contacter les plateformes pour vous. Le site existe en français (AidezMoiSVP.ca) et en anglais (NeedHelpNow.ca).

    L’ouvrir demande une connexion internet.

guide-removal-step-france-title = Le 3018, Pharos et le tchat de la police (France)
guide-removal-step-france-body =
    Le 3018, géré par l’association e-Enfance, est gratuit et confidentiel, pour les jeunes comme pour les parents. Les plateformes traitent ses signalements en priorité : il peut obtenir un retrait rapide.

    Pharos est le site de la police pour signaler un contenu ou un comportement illicite en ligne, y compris les messages d’un inconnu et les propositions sexuelles faites à un mineur. Pour une affaire privée avec une personne que vous connaissez, passez par le tchat de la police (ouvert jour et nuit) ou par le commissariat.

    Les pages web demandent une connexion internet.

guide-removal-step-belgium-title = Child Focus (Belgique)
guide-removal-step-belgium-body =
    Child Focus aide les jeunes et les parents confrontés à la sextorsion, y compris pour faire retirer des images. La fondation conseille aussi de porter plainte à la police : la sextorsion est une infraction.

    Le site demande une connexion internet.

guide-removal-step-expect-title = À quoi vous attendre
guide-removal-step-expect-body =
    Le retrait peut prendre du temps, et personne ne peut promettre que toutes les copies disparaîtront. Mais on peut en faire retirer beaucoup, et chaque signalement rend plus difficile pour cette personne de faire d’autres victimes.

    Tenez bon, et continuez à parler avec votre enfant, même s’il semble faire face. Le service de signalement de votre pays est sur l’écran des lignes d’aide, et une ligne d’aide peut vous accompagner à chaque étape.

## Écran « Pour l’adulte à qui l’on vient de se confier » (core/src/first_minute/
## told.rs) : un écran pour le parent, le prof ou le coach, puis la ligne ouverte ce
## soir que choisit route() (besoin help, public parents) ou, si aucune n’est ouverte, le numéro
## d’urgence, présenté comme tel. Sources : voir la version anglaise. Vouvoiement ; la question
## posée au jeune, citée entre guillemets, le tutoie.

told-title = Pour l’adulte à qui l’on vient de se confier
told-intro = Un jeune vient de vous confier quelque chose de difficile. Voici la première minute.
told-calm = Restez calme. Respirez avant de parler : votre visage et votre voix comptent.
told-not-in-trouble = Dites-lui qu’il n’aura pas d’ennuis, et que ce n’est pas sa faute. Le délit, c’est le maître chanteur qui le commet.
told-no-delete-no-pay = Ne supprimez rien, et ne payez pas. Ne regardez pas les photos, et ne demandez pas à les voir.
told-ask = Posez-lui la question franchement : « Est-ce que tu penses à te faire du mal, ou à mettre fin à ta vie ? » Poser la question ne lui en donne pas l’idée.
told-if-yes = S’il répond oui, ou en cas de doute, restez avec lui et appelez maintenant.
told-call = Ensuite, appelez cette ligne, ensemble :
told-no-line = Aucune ligne d’aide pour cela n’est ouverte en ce moment. Si le jeune est en danger, appelez le numéro d’urgence. Sinon, restez avec lui, lisez le guide ci-dessous, et appelez quand la ligne ouvrira.
told-guide-parent = Le guide des parents : la suite
told-guide-staff = Le guide du personnel scolaire

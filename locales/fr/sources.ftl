# Sources : ce qu’est chacune, et ce que Refuge en a tiré. Les sections sont les parties citées.

## GSMA (2017) — document source 000

source-gsma-2017-title = Extorsion sexuelle sur des enfants (guide pour les lignes d’assistance)
source-gsma-2017-note = Un guide destiné aux écoutants des lignes d’aide à l’enfance, publié par la GSMA avec des partenaires de la protection de l’enfance. Refuge y a repris le déroulement de la sextorsion, ses effets émotionnels, le protocole du premier contact avec un enfant ou un parent, les quatre conseils pour la conversation, les trois questions, les formulaires de retrait des plateformes et les quatre signaux d’alarme.
source-gsma-2017-section-how-it-happens = Comment cela se passe
source-gsma-2017-section-impact = Impact émotionnel sur un enfant
source-gsma-2017-section-child-contact = Prise de contact par l’enfant
source-gsma-2017-section-parent-contact = Prise de contact par un parent ou tuteur
source-gsma-2017-section-practical-advice = Conseils pratiques
source-gsma-2017-section-red-flags = Signaux d’alarme

## Child Focus, cité dans un article de presse de 2020 — document source 003

source-child-focus-2020-title = Les prédateurs sexuels pendant le confinement (article citant Child Focus)
source-child-focus-2020-note = Un article de presse belge de 2020 qui cite Child Focus, la fondation belge pour enfants disparus et sexuellement exploités. Refuge y a repris la règle des dix minutes, les définitions du grooming, du sexting, de la sextorsion et de l’intimidation sexuelle, les chiffres de Child Focus pour 2018 et 2019, et ses conseils aux parents et aux jeunes. L’article présente la hausse des dossiers de sextorsion (de 46 à 55) comme une baisse ; Refuge la présente comme la hausse qu’elle est.
source-child-focus-2020-section-ten-minute-rule = La règle des dix minutes
source-child-focus-2020-section-definitions = Définitions
source-child-focus-2020-section-figures = Chiffres 2018-2019
source-child-focus-2020-section-advice-parents = Conseils aux parents
source-child-focus-2020-section-advice-young = Conseils aux jeunes
source-child-focus-2020-section-lockdown = Comment les auteurs abordent les jeunes

## Autorités et organismes de protection de l’enfance

source-fbi-2024-title = Sextorsion : mise en garde et conseils pour les jeunes et les parents
source-fbi-2024-note = La police fédérale des États-Unis. Refuge en a repris : arrêter de répondre, ne pas payer, bloquer sans supprimer le compte ni les messages, garder des preuves, en parler à un adulte de confiance, et ses chiffres sur la sextorsion financière de mineurs.
source-ncmec-title = Sextorsion : conseils et chiffres
source-ncmec-note = Le centre national américain pour les enfants disparus et exploités. Refuge en a repris : ne pas supprimer le compte ni les messages, ne pas fouiller le téléphone pour tout effacer, le fait que la sextorsion peut se dérouler en quelques heures avant tout signe, et ses chiffres de signalements de 2022 et 2023.
source-c3p-title = Conseils d’AidezMoiSVP.ca et de Cyberaide.ca
source-c3p-note = Le Centre canadien de protection de l’enfance. Refuge en a repris : couper le contact, ne jamais envoyer davantage, bloquer un paiement si c’est encore possible, parler à un adulte de confiance, aider un ami, et son aide au retrait des images plateforme par plateforme.
source-child-focus-2025-title = Campagne Payboy sur la sextorsion
source-child-focus-2025-note = La campagne 2025 de Child Focus sur la sextorsion des garçons. Refuge en a repris : ne pas payer, faire des captures d’écran, couper le contact, en parler à un adulte de confiance ; plus de 350 dossiers en 2025 (130 % de plus qu’en 2024) ; 93 % des nouveaux cas concernent des garçons ; des auteurs qui utilisent des profils créés par l’IA.
source-thorn-title = Stop Sextortion
source-thorn-note = Une association qui développe des outils technologiques contre les abus sexuels sur enfants. Refuge en a repris : ne jamais garder ni partager les images, ne jamais en envoyer d’autres, et son constat de 2025 : une jeune victime sur sept s’est fait du mal.
source-nca-ceop-2024-title = Alerte aux écoles sur la sextorsion financière
source-nca-ceop-2024-note = Une alerte de la National Crime Agency britannique aux établissements scolaires. Refuge en a repris : ce n’est pas la faute du jeune, ne pas payer, en parler à un adulte de confiance, signaler.
source-ukcis-2024-title = Partage d’images dénudées : consignes pour les établissements scolaires
source-ukcis-2024-note = Les consignes pour les écoles d’Angleterre, mises à jour en mars 2024. Refuge en a repris : signaler au référent protection de l’enfance, ne jamais regarder, copier, imprimer, partager, stocker ni enregistrer les images, ni demander au jeune de le faire, et appeler la police quand un adulte est en cause.
source-enough-is-enough-title = Signes d’exploitation en ligne
source-enough-is-enough-note = Une association américaine pour la sécurité sur internet. Refuge en a repris les changements de comportement qui peuvent indiquer qu’un enfant est pris pour cible.

## Services de retrait et de signalement

source-take-it-down-title = Take It Down
source-take-it-down-note = Le service gratuit et anonyme du NCMEC pour les images de mineurs. Refuge en a repris son fonctionnement (une empreinte créée sur l’appareil) et ses limites : plateformes participantes seulement, pas les messageries chiffrées, des copies retouchées peuvent lui échapper.
source-report-remove-title = Report Remove
source-report-remove-note = Un outil britannique de Childline et de l’Internet Watch Foundation pour les moins de 18 ans. Refuge en a repris à qui il s’adresse, la vérification de l’âge dès 13 ans, et le compte Childline qui permet de suivre le résultat.
source-e-enfance-3018-title = Le 3018
source-e-enfance-3018-note = Le numéro national français pour les jeunes victimes de violences numériques, géré par l’association e-Enfance. Refuge en a repris qu’il est gratuit et confidentiel, et que les plateformes traitent ses signalements en priorité.
source-pharos-title = Pharos : signaler un contenu illicite en ligne
source-pharos-note = Le portail de la police française pour signaler les contenus illicites. Refuge en a repris qu’il traite les contenus publics, et que les affaires privées relèvent de la police ou de la gendarmerie.

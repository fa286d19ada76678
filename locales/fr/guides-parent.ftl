# Guides pour les parents (vouvoiement). Calme et concret ; ne jamais accuser l’enfant ni le parent.

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

guide-parent-talk-step-more-later-title = Être prêt à en entendre davantage
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
    Ne payez pas, et aidez votre enfant à ne plus répondre. Faites des captures d’écran des messages, du profil, du pseudo et des demandes, jamais des images.

    Ne fouillez pas le téléphone pour effacer des applis, des messages ou des photos, et ne supprimez pas le compte : ce sont des preuves. Signalez le compte, puis bloquez-le.

    Les plateformes sont tenues de retirer les images sexuelles de mineurs. Le guide suivant explique comment le demander.

guide-parent-talk-step-three-questions-title = Trois questions à vous poser
guide-parent-talk-step-three-questions-body =
    Vos réponses indiquent à quel point votre enfant a besoin d’un soutien au-delà de vous, et avec quelle urgence.

    Si une réponse est oui, ou si vous hésitez, parlez-en vite à un professionnel : une ligne d’aide, votre médecin ou les services de l’enfance. Si votre enfant parle de suicide ou de se faire du mal, appelez maintenant.
guide-parent-talk-step-three-questions-point-behaviour = Le comportement de votre enfant a-t-il changé ?
guide-parent-talk-step-three-questions-point-support = Votre enfant est-il suivi par un service d’aide ou de soin, ou a-t-il eu un tel suivi auparavant ?
guide-parent-talk-step-three-questions-point-mental-health = Êtes-vous inquiet pour sa santé mentale, en ce moment ou depuis un certain temps ?

guide-parent-talk-step-child-services-title = Demander l’aide des services de l’enfance
guide-parent-talk-step-child-services-body =
    Vous n’avez pas à gérer cela seul. Vous pouvez contacter vous-même les services de protection de l’enfance de votre pays ou une ligne d’aide. Ils vous expliqueront les recours possibles là où vous vivez, y compris le dépôt de plainte.

    Au moindre signal d’alarme, agissez tout de suite.

## Guide : parent-signs

guide-parent-signs-title = Les signes d’alerte
guide-parent-signs-summary = Les changements à surveiller, pourquoi il n’y en a parfois aucun, et que faire de ce que vous remarquez.

guide-parent-signs-step-behaviour-title = Les changements à surveiller
guide-parent-signs-step-behaviour-body =
    Un signe isolé ne prouve rien. Plusieurs signes ensemble, ou un changement soudain, méritent une conversation calme.
guide-parent-signs-step-behaviour-point-secrecy = Un nouveau secret autour du téléphone ou de l’ordinateur.
guide-parent-signs-step-behaviour-point-switching = Changer d’écran ou cacher le téléphone quand quelqu’un approche.
guide-parent-signs-step-behaviour-point-withdrawal = Un repli soudain : moins de contacts avec la famille, les amis, les activités habituelles.
guide-parent-signs-step-behaviour-point-mood = Des changements d’humeur : anxieux, irritable, abattu, à cran.
guide-parent-signs-step-behaviour-point-sleep = Un sommeil perturbé, ou le téléphone tard dans la nuit.
guide-parent-signs-step-behaviour-point-gifts = Des cadeaux, de l’argent ou des crédits de jeu venant d’inconnus.
guide-parent-signs-step-behaviour-point-new-friend = Un nouvel ami en ligne qui le couvre de compliments.
guide-parent-signs-step-behaviour-point-private-app = Une pression pour poursuivre la conversation sur une appli privée ou chiffrée.

guide-parent-signs-step-no-signs-title = Il peut n’y avoir aucun signe
guide-parent-signs-step-no-signs-body =
    La sextorsion peut passer du premier message aux menaces en quelques heures, avant que rien ne se voie. L’absence de signe ne veut pas dire qu’il ne se passe rien.

    Parlez-en donc avant que quoi que ce soit n’arrive. Dites à votre enfant que si quelqu’un le menace un jour en ligne, il peut venir vous voir et qu’il ne sera pas puni.

guide-parent-signs-step-three-questions-title = Trois questions à vous poser
guide-parent-signs-step-three-questions-body =
    Elles vous aident à juger de quel soutien votre enfant a besoin.
guide-parent-signs-step-three-questions-point-behaviour = Le comportement de votre enfant a-t-il changé ?
guide-parent-signs-step-three-questions-point-support = Votre enfant est-il suivi par un service d’aide ou de soin, ou a-t-il eu un tel suivi auparavant ?
guide-parent-signs-step-three-questions-point-mental-health = Êtes-vous inquiet pour sa santé mentale, en ce moment ou depuis un certain temps ?

guide-parent-signs-step-what-to-do-title = Que faire de vos réponses
guide-parent-signs-step-what-to-do-body =
    Si vous avez remarqué des signes ou répondu oui, choisissez un moment calme pour en parler. Évaluez l’urgence, et appelez une ligne d’aide ou les services de l’enfance pour être conseillé.

    Si votre enfant parle de suicide ou de se faire du mal, ou si quelqu’un lui a fixé un délai, c’est urgent : appelez maintenant. Même si vous n’avez rien remarqué, restez attentif aux changements dans les semaines qui viennent.

## Guide : removal — seules les pages web demandent une connexion ; le dire

guide-removal-title = Faire retirer les images et signaler
guide-removal-summary = Comment signaler le compte et demander le retrait des images. Les pages web ci-dessous demandent une connexion internet ; le reste de Refuge fonctionne hors ligne.

guide-removal-step-before-title = Avant de commencer
guide-removal-step-before-body =
    Ne supprimez ni le compte ni les messages, et ne fouillez pas le téléphone pour effacer des applis ou des photos. La police et les plateformes ont besoin de ces preuves.

    Gardez des captures d’écran des messages, du profil, du pseudo et des demandes. Ne copiez, ne transférez, n’enregistrez et ne montrez jamais les images elles-mêmes : c’est illégal pour des images de mineurs, et ce n’est jamais nécessaire.

guide-removal-step-platforms-title = Signaler sur la plateforme
guide-removal-step-platforms-body =
    Les images sexuelles de mineurs sont illégales, et les plateformes doivent les retirer. Signalez le compte et chaque publication ou message, avec le bouton de signalement de l’appli ou le formulaire de la plateforme. Certaines traitent la sextorsion en priorité et peuvent alerter la police.

    Chaque bouton ci-dessous ouvre une page web : il faut une connexion internet.

guide-removal-step-take-it-down-title = Take It Down (partout dans le monde)
guide-removal-step-take-it-down-body =
    Take It Down, un service du NCMEC, aide à empêcher la diffusion d’images de mineurs, même avant leur publication. C’est gratuit et anonyme. Ce qu’il peut faire, et ce qu’il ne peut pas faire :
guide-removal-step-take-it-down-point-on-device = Il crée une empreinte numérique de l’image sur votre propre appareil. L’image elle-même n’est jamais envoyée.
guide-removal-step-take-it-down-point-under-18 = Il concerne les images prises quand la personne avait moins de 18 ans.
guide-removal-step-take-it-down-point-participating = Il ne fonctionne que sur les plateformes qui y participent.
guide-removal-step-take-it-down-point-not-encrypted = Il ne voit pas le contenu des messageries chiffrées.
guide-removal-step-take-it-down-point-edited-copies = Il peut manquer des copies recadrées ou retouchées.

guide-removal-step-report-remove-title = Report Remove (Royaume-Uni)
guide-removal-step-report-remove-body =
    Childline et l’Internet Watch Foundation proposent Report Remove aux jeunes de moins de 18 ans au Royaume-Uni. À partir de 13 ans, il y a une vérification de l’âge, et un compte Childline permet de connaître le résultat et d’être soutenu. Pas besoin de donner son vrai nom.

    Suivez uniquement les instructions de leur page. L’ouvrir demande une connexion internet.

guide-removal-step-canada-title = AidezMoiSVP.ca (Canada)
guide-removal-step-canada-body =
    Le Centre canadien de protection de l’enfance explique, plateforme par plateforme, comment faire retirer des images. Son équipe peut aussi contacter les plateformes pour vous. Le site existe en français (AidezMoiSVP.ca) et en anglais (NeedHelpNow.ca).

    L’ouvrir demande une connexion internet.

guide-removal-step-france-title = Le 3018 et Pharos (France)
guide-removal-step-france-body =
    Le 3018, géré par l’association e-Enfance, est gratuit et confidentiel, pour les jeunes comme pour les parents. Les plateformes traitent ses signalements en priorité : il peut obtenir un retrait rapide.

    Pharos est le site de la police pour signaler un contenu illicite publié en ligne, visible par tous. Pour des messages privés, adressez-vous à la police ou à la gendarmerie. Les pages web demandent une connexion internet.

guide-removal-step-belgium-title = Child Focus (Belgique)
guide-removal-step-belgium-body =
    Child Focus aide les jeunes et les parents confrontés à la sextorsion, y compris pour faire retirer des images. La fondation conseille aussi de porter plainte à la police : la sextorsion est un délit.

    Le site demande une connexion internet.

guide-removal-step-expect-title = À quoi vous attendre
guide-removal-step-expect-body =
    Le retrait peut prendre du temps, et personne ne peut promettre que toutes les copies disparaîtront. Mais on peut en faire retirer beaucoup, et chaque signalement rend plus difficile pour cette personne de faire d’autres victimes.

    Tenez bon, et continuez à parler avec votre enfant. Une ligne d’aide peut vous accompagner à chaque étape.

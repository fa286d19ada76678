# Guides pour le personnel scolaire et les bénévoles des lignes d’aide (imprimables, vouvoiement).
# Le protocole du guide GSMA pour les lignes d’assistance, complété par les consignes UKCIS.

## Guide : staff-young

guide-staff-young-title = Quand un jeune vous contacte
guide-staff-young-summary = Le premier contact, les questions sur le risque immédiat, ce qu’il faut demander, et ce qu’il ne faut jamais faire avec les images.

guide-staff-young-step-welcome-title = L’accueillir
guide-staff-young-step-welcome-body =
    Le jeune ressent peut-être à la fois de la honte, de la gêne, de la confusion et de la peur. Dites-lui d’abord qu’il a eu raison de vous appeler, et que c’était courageux : il a fait le bon choix.

    Dites-lui clairement que ce n’est pas sa faute et qu’il n’a rien à se reprocher. Dites-lui que vous l’écoutez, que vous allez l’aider, et que vous chercherez une issue ensemble.

guide-staff-young-step-immediate-risk-title = Vérifier s’il y a un risque immédiat
guide-staff-young-step-immediate-risk-body =
    Avant toute chose, cherchez à savoir s’il est exposé à un risque immédiat.

    Encouragez-le à vous donner ce qui vous permettra de le protéger : comment il s’appelle, où il habite, et quel adulte de confiance prévenir. Expliquez-lui pourquoi : pour que l’aide puisse arriver jusqu’à lui s’il est en danger.
guide-staff-young-step-immediate-risk-point-contact = Est-il encore en contact avec l’auteur ?
guide-staff-young-step-immediate-risk-point-told-anyone = En a-t-il parlé à quelqu’un d’autre ?

guide-staff-young-step-practical-questions-title = Quatre questions pratiques
guide-staff-young-step-practical-questions-body =
    Une fois le risque immédiat évalué, ces questions orientent la suite.
guide-staff-young-step-practical-questions-point-more-images = Est-ce qu’on t’a demandé d’autres images ?
guide-staff-young-step-practical-questions-point-support = Sur qui peux-tu compter ? Quel adulte de ton entourage pourrait t’aider ?
guide-staff-young-step-practical-questions-point-offender = Que sais-tu qui pourrait permettre d’identifier l’auteur ? Que sait-il sur toi ?
guide-staff-young-step-practical-questions-point-content = Quels contenus ont été partagés, avec qui, et sur quels appareils ou réseaux ?

guide-staff-young-step-stop-contact-title = Conseiller de couper tout contact
guide-staff-young-step-stop-contact-body =
    Conseillez-lui de couper immédiatement tout contact avec l’auteur : ne plus répondre, ne pas payer, ne plus envoyer d’images, quel que soit le délai.

    Les preuves, ce sont des captures d’écran des messages, du profil, du pseudo et des demandes. Jamais les images.

guide-staff-young-step-trusted-adult-title = Encourager le recours à un adulte de confiance
guide-staff-young-step-trusted-adult-body =
    Tout au long de l’échange, encouragez-le à se confier à un adulte de confiance, qui pourra l’aider à signaler les faits à la police.

    Ce n’est pas forcément un parent.

guide-staff-young-step-safeguarding-title = À l’école : les règles de protection
guide-staff-young-step-safeguarding-body =
    Les consignes anglaises pour les établissements scolaires fixent des règles claires, valables partout.
guide-staff-young-step-safeguarding-point-dsl = Signalez immédiatement la situation au référent protection de l’enfance de l’établissement.
guide-staff-young-step-safeguarding-point-never-view = Ne regardez, ne copiez, n’imprimez, ne partagez, ne stockez et n’enregistrez jamais les images.
guide-staff-young-step-safeguarding-point-never-ask = Ne demandez jamais non plus au jeune de les montrer, de les envoyer ou de les garder.
guide-staff-young-step-safeguarding-point-adult-offender = Un adulte qui obtient des images dénudées d’un mineur commet un abus sexuel sur enfant : on appelle la police.

guide-staff-young-step-red-flags-title = Au moindre signal d’alarme, orientez tout de suite
guide-staff-young-step-red-flags-body =
    Allusions au suicide ou à l’automutilation, auteur connu de l’enfant, risque qui persiste, délai fixé ou dépassé : un seul de ces signaux suffit pour lancer la procédure d’orientation habituelle, maintenant.

## Guide : staff-parent

guide-staff-parent-title = Quand un parent vous contacte
guide-staff-parent-summary = Accompagner un parent dans ses émotions, lui transmettre comment parler à son enfant, et juger de l’urgence d’une orientation.

guide-staff-parent-step-emotions-title = Reconnaître ses émotions
guide-staff-parent-step-emotions-body =
    Découvrir que son enfant a envoyé des images intimes de lui-même provoque souvent chez un parent un mélange d’émotions : colère, incompréhension, peur, parfois culpabilité.

    Avant tout, aidez-le à comprendre que ce n’est pas la faute de son enfant.

guide-staff-parent-step-listen-title = Écouter sans juger
guide-staff-parent-step-listen-body =
    Insistez : il est essentiel qu’il écoute le récit de son enfant sans le juger, et qu’il fasse attention à sa propre réaction pendant qu’il parle.

    Prévenez-le qu’il ne mesure peut-être pas encore toute l’ampleur des abus. Il doit se préparer à en apprendre davantage plus tard, et réagir alors de la même manière.

guide-staff-parent-step-tips-title = Quatre conseils à transmettre
guide-staff-parent-step-tips-body =
    Que le parent ait un doute ou que l’enfant se soit déjà confié, ces conseils aident l’enfant à s’ouvrir.
guide-staff-parent-step-tips-point-moment = Choisir le moment avec soin, pour que l’enfant ne se sente ni piégé ni sommé de se justifier.
guide-staff-parent-step-tips-point-place = Trouver un endroit calme où la conversation ne sera pas interrompue.
guide-staff-parent-step-tips-point-questions = Poser des questions sans juger, laisser l’enfant répondre, et garder une conversation fluide.
guide-staff-parent-step-tips-point-reassure = Rassurer l’enfant : on le croit et on est là pour l’aider.

guide-staff-parent-step-three-questions-title = Trois questions à poser au parent
guide-staff-parent-step-three-questions-body =
    Expliquez les effets psychologiques possibles de ce type d’abus : cela aide le parent à comprendre pourquoi une attitude de soutien compte. Ses réponses vous aident à juger de l’urgence d’une orientation vers les services d’aide.
guide-staff-parent-step-three-questions-point-behaviour = Le comportement de l’enfant a-t-il changé ?
guide-staff-parent-step-three-questions-point-support = L’enfant est-il suivi par un service d’aide ou de soin, ou a-t-il eu un tel suivi auparavant ?
guide-staff-parent-step-three-questions-point-mental-health = Êtes-vous inquiet pour sa santé mentale, en ce moment ou depuis un certain temps ?

guide-staff-parent-step-recourse-title = Expliquer les recours
guide-staff-parent-step-recourse-body =
    Rassurez le parent : son enfant peut être protégé. Expliquez-lui les recours qui existent dans votre pays, et dites-lui qu’il peut aussi contacter lui-même les services de l’enfance.

    Dites-lui ce qu’il peut déjà faire : signaler le compte et demander à la plateforme de retirer les images.

guide-staff-parent-step-watch-later-title = Lui demander de rester attentif
guide-staff-parent-step-watch-later-body =
    Demandez au parent de surveiller tout changement de comportement de l’enfant dans les semaines qui viennent, même s’il n’en a remarqué aucun jusqu’ici.

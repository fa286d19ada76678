# Guides pour le personnel scolaire et pour les bénévoles des lignes d’aide (imprimables,
# vouvoiement). Deux protocoles, parce que les deux métiers diffèrent : l’école transmet tout de
# suite et n’enquête jamais ; une ligne d’aide suit le guide GSMA (document source 000), qui pose
# ses propres questions. Pas de rôle inventé : en France, c’est le chef d’établissement (ou le
# directeur d’école), l’information préoccupante à la CRIP, le signalement au procureur.

## Guide : staff-school — tout membre du personnel d’un établissement scolaire

guide-staff-school-title = À l’école : quand un élève se confie à vous
guide-staff-school-summary = Ce que tout membre du personnel fait, et ne fait jamais, quand un élève révèle une sextorsion ou un partage d’images dénudées. Les règles anglaises pour les écoles, et les circuits français.

guide-staff-school-step-listen-title = Écouter, rester calme, croire l’élève
guide-staff-school-step-listen-body =
    Remerciez l’élève de vous en parler et dites-lui que c’était courageux. Dites-lui clairement que ce n’est pas sa faute. Laissez l’élève s’exprimer avec ses propres mots, sans montrer de choc.

    Ne promettez pas de garder le secret. Expliquez que vous devez transmettre à la personne chargée de protéger les élèves, qui saura comment l’aider.

guide-staff-school-step-dont-investigate-title = Ne pas enquêter
guide-staff-school-step-dont-investigate-body =
    Ne demandez pas ce que montrent les images, et ne demandez jamais à les voir. N’insistez pas pour avoir des détails : les questions reviennent à la personne chargée de la protection des élèves, et un interrogatoire répété peut nuire à l’élève comme à l’enquête.

    Cherchez seulement ce qui ne peut pas attendre : y a-t-il un danger immédiat pour l’élève, et un délai ?

guide-staff-school-step-never-images-title = Jamais les images
guide-staff-school-step-never-images-body =
    Les consignes anglaises pour tout le personnel sont claires, et sont une bonne pratique partout.
guide-staff-school-step-never-images-point-never-view = Ne jamais regarder, copier, imprimer, partager, stocker ni enregistrer les images.
guide-staff-school-step-never-images-point-never-ask = Ne jamais demander à l’élève de les montrer, de les envoyer, de les partager ni de les télécharger.
guide-staff-school-step-never-images-point-no-delete = Ne rien supprimer, et ne pas demander à l’élève de supprimer quoi que ce soit : ce sont peut-être des preuves, et le sort des appareils revient à la direction et à la police.
guide-staff-school-step-never-images-point-by-accident = Si vous avez vu une image, même par accident, le dire à la personne chargée de la protection des élèves.

guide-staff-school-step-tell-lead-title = Transmettre tout de suite
guide-staff-school-step-tell-lead-body =
    Transmettez le jour même, sans attendre, à la personne chargée de la protection des élèves : en Angleterre, le « designated safeguarding lead » ; en France, le chef d’établissement (voir l’étape suivante). Notez ce que l’élève a dit, avec ses mots, la date et l’heure, et ne le remettez qu’à cette personne : c’est elle qui décide qui d’autre doit savoir, parents compris.

    La sextorsion est un délit, et un adulte qui obtient des images dénudées d’un mineur commet un abus sexuel sur enfant : la police intervient sans délai.

guide-staff-school-step-france-title = En France : la direction et les circuits prévus par la loi
guide-staff-school-step-france-body =
    En France, il n’y a pas de « designated safeguarding lead » : voici qui prévenir, et comment.
guide-staff-school-step-france-point-head = Ne pas garder cette information pour soi : prévenir tout de suite le chef d’établissement (ou le directeur d’école), qui organise la suite avec l’équipe.
guide-staff-school-step-france-point-crip = Un enfant en danger ou en risque de l’être fait l’objet d’une information préoccupante, transmise par écrit à la CRIP du conseil départemental.
guide-staff-school-step-france-point-prosecutor = Dans les cas graves, un signalement direct au procureur de la République. Tout fonctionnaire qui, dans l’exercice de ses fonctions, apprend l’existence d’un crime ou d’un délit doit en aviser sans délai le procureur (article 40 du code de procédure pénale).
guide-staff-school-step-france-point-advice = Pour un conseil, le 119 (protection de l’enfance) répond jour et nuit, y compris aux adultes.

guide-staff-school-step-red-flags-title = Au moindre signal d’alarme, agir maintenant
guide-staff-school-step-red-flags-body =
    Allusions au suicide ou à l’automutilation, maître chanteur connu de l’élève, risque qui persiste, délai fixé ou dépassé : un seul de ces signaux suffit pour que la direction agisse aujourd’hui, avec la police et la protection de l’enfance. Si l’élève est en danger immédiat, appelez le numéro d’urgence et restez auprès de l’élève.

## Guide : staff-young — bénévoles des lignes d’aide, d’après le guide GSMA

guide-staff-young-title = Lignes d’aide : quand un jeune vous contacte
guide-staff-young-summary = Pour les bénévoles des lignes d’aide : le premier contact, les questions sur le risque immédiat, ce qu’il faut demander, et ce qu’il ne faut jamais faire avec les images (le protocole GSMA des lignes d’assistance).

guide-staff-young-step-welcome-title = L’accueillir
guide-staff-young-step-welcome-body =
    Le jeune ressent peut-être à la fois de la honte, de la gêne, de la confusion et de la peur. Dites-lui d’abord qu’il a eu raison de vous contacter, et que c’était courageux : il a fait le bon choix.

    Dites-lui clairement que ce n’est pas sa faute et qu’il n’a rien à se reprocher. Dites-lui que vous l’écoutez, que vous allez l’aider, et que vous chercherez une issue ensemble.

guide-staff-young-step-immediate-risk-title = Vérifier s’il y a un risque immédiat
guide-staff-young-step-immediate-risk-body =
    Avant toute chose, cherchez à savoir s’il est exposé à un risque immédiat.

    Encouragez-le à vous donner ce qui vous permettra de le protéger : comment il s’appelle, où il habite, et quel adulte de confiance prévenir. Expliquez-lui pourquoi : pour que l’aide puisse arriver jusqu’à lui s’il est en danger.
guide-staff-young-step-immediate-risk-point-contact = Est-il encore en contact avec l’auteur ?
guide-staff-young-step-immediate-risk-point-told-anyone = En a-t-il parlé à quelqu’un d’autre ?

guide-staff-young-step-practical-questions-title = Quatre questions pratiques
guide-staff-young-step-practical-questions-body =
    Une fois le risque immédiat évalué, ces questions orientent la suite. Sur le contenu, posez la question avec des mots seulement : ne demandez jamais à le voir.
guide-staff-young-step-practical-questions-point-more-images = Est-ce qu’on t’a demandé d’autres images ?
guide-staff-young-step-practical-questions-point-support = Sur qui peux-tu compter ? Quel adulte de ton entourage pourrait t’aider ?
guide-staff-young-step-practical-questions-point-offender = Que sais-tu qui pourrait permettre d’identifier l’auteur ? Que sait-il sur toi ?
guide-staff-young-step-practical-questions-point-content = Quel genre de contenus a été partagé, avec qui, et sur quels appareils ou réseaux ?

guide-staff-young-step-stop-contact-title = Conseiller de couper tout contact
guide-staff-young-step-stop-contact-body =
    Conseillez-lui de couper immédiatement tout contact avec l’auteur : ne plus répondre, ne pas payer, ne plus envoyer d’images, quel que soit le délai.

    Les preuves, ce sont des captures d’écran des messages, du profil, du pseudo et des demandes, sans aucune photo dessus. Si la photo est dans la conversation, ce passage est laissé à un adulte ou à la police. Conseillez-lui de ne rien supprimer, ni la photo ni la conversation.

guide-staff-young-step-trusted-adult-title = Encourager le recours à un adulte de confiance
guide-staff-young-step-trusted-adult-body =
    Tout au long de l’échange, encouragez-le à se confier à un adulte de confiance, qui pourra l’aider à signaler les faits à la police.

    Ce n’est pas forcément un parent.

guide-staff-young-step-never-images-title = Jamais les images
guide-staff-young-step-never-images-body =
    Ce qui vaut pour les écoles vaut aussi pour les lignes d’aide.
guide-staff-young-step-never-images-point-never-view = Ne jamais regarder, copier, partager, stocker ni enregistrer les images.
guide-staff-young-step-never-images-point-never-ask = Ne jamais demander au jeune de les montrer, de les envoyer ou de les garder.
guide-staff-young-step-never-images-point-no-delete = Ne jamais lui demander de la supprimer non plus : la photo reste où elle est, comme preuve, jusqu’à ce que la police ou un outil de retrait s’en occupe.
guide-staff-young-step-never-images-point-official-tools = Le seul endroit où l’image elle-même sert, c’est un outil officiel de retrait, de préférence avec un adulte : Take It Down, depuis l’appareil qui a déjà la photo (une empreinte y est créée, rien n’est envoyé) ou, au Royaume-Uni, Report Remove (le jeune l’envoie uniquement à l’IWF).
guide-staff-young-step-never-images-point-adult-offender = Un adulte qui obtient des images dénudées d’un mineur commet un abus sexuel sur enfant : on appelle la police.

guide-staff-young-step-red-flags-title = Au moindre signal d’alarme, orienter tout de suite
guide-staff-young-step-red-flags-body =
    Allusions au suicide ou à l’automutilation, auteur connu de l’enfant, risque qui persiste, délai fixé ou dépassé : un seul de ces signaux suffit pour lancer la procédure d’orientation habituelle, maintenant.

## Guide : staff-parent — bénévoles des lignes d’aide, et toute personne vers qui un parent se tourne

guide-staff-parent-title = Quand un parent vous contacte
guide-staff-parent-summary = Accompagner un parent dans ses émotions, lui transmettre comment parler à son enfant, et juger de l’urgence d’une orientation (le protocole GSMA des lignes d’assistance).

guide-staff-parent-step-emotions-title = Reconnaître ses émotions
guide-staff-parent-step-emotions-body =
    Découvrir que son enfant a envoyé des images intimes de lui-même provoque souvent chez un parent un mélange d’émotions : colère, incompréhension, peur, parfois culpabilité.

    Avant tout, aidez-le à comprendre que ce n’est pas la faute de son enfant.

guide-staff-parent-step-listen-title = Écouter sans juger
guide-staff-parent-step-listen-body =
    Insistez : il est essentiel qu’il écoute le récit de son enfant sans le juger, et qu’il fasse attention à sa propre réaction pendant que l’enfant parle.

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
guide-staff-parent-step-three-questions-point-mental-health = La santé mentale de l’enfant vous inquiète-t-elle, en ce moment ou depuis un certain temps ?

guide-staff-parent-step-recourse-title = Expliquer les recours
guide-staff-parent-step-recourse-body =
    Rassurez le parent : son enfant peut être protégé. Expliquez-lui les recours qui existent dans votre pays, et dites-lui qu’il peut aussi contacter lui-même les services de l’enfance.

    Dites-lui ce qu’il peut déjà faire : signaler le compte et demander à la plateforme de retirer les images. Et ce qu’il ne faut pas faire : regarder les images ou demander à l’enfant de les montrer, payer, répondre au maître chanteur ou l’affronter.

guide-staff-parent-step-watch-later-title = Lui demander de continuer à observer
guide-staff-parent-step-watch-later-body =
    Demandez au parent de surveiller tout changement de comportement de l’enfant dans les semaines qui viennent, même s’il n’en a remarqué aucun jusqu’ici.

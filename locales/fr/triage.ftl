# « Que faire maintenant » : l'écran de tri. Les ids en -young, -parent ou -staff s'adressent à ce
# public (« tu » aux jeunes, « vous » aux adultes). Chaque question est posée pour que « oui » soit
# la réponse inquiétante (sauf adult-told). Les raisons reçoivent $because : yes, dont-know ou
# unanswered (les deux derniers comptent comme un oui).

## L'écran des questions

triage-title-young = Que faire maintenant
triage-title-parent = Que faire maintenant
triage-title-staff = Que faire maintenant : risque immédiat

triage-intro-young = Quelques questions rapides pour voir à quel point c’est urgent. Tu peux en passer autant que tu veux : ce qu’il faut faire et le bouton d’appel sont déjà plus bas.
triage-intro-parent = Quelques questions sur votre enfant, pour voir à quel point c’est urgent. Vous pouvez en passer : les étapes et le bouton d’appel sont déjà plus bas.
triage-intro-staff = Les questions de risque immédiat et les quatre signaux d’alarme du protocole des lignes d’aide. Chaque question peut être passée : un signal d’alarme sans réponse compte comme présent.

triage-see-steps-young = Montre-moi quoi faire
triage-see-steps-parent = Voir quoi faire
triage-see-steps-staff = Voir les étapes

## Réponses

triage-answer-yes = Oui
triage-answer-no = Non
triage-answer-dont-know = Je ne sais pas
triage-answer-unanswered = Pas de réponse

## Questions, chacune avec une ligne d'aide

triage-question-self-harm-young = En ce moment, est-ce que tu penses à te faire du mal, ou tu as l’impression de ne plus pouvoir tenir ?
triage-question-self-harm-help-young = Ta sécurité passe avant tout. Dans le doute, choisis « Je ne sais pas » : on le prendra au sérieux.
triage-question-self-harm-parent = Votre enfant parle-t-il de suicide ou de se faire du mal, ou semble-t-il profondément bouleversé ?
triage-question-self-harm-help-parent = Tout signe compte, même une plaisanterie ou une seule phrase. En cas de doute, choisissez « Je ne sais pas ».
triage-question-self-harm-staff = Le jeune évoque-t-il le suicide ou l’automutilation, ou montre-t-il une profonde détresse émotionnelle ?
triage-question-self-harm-help-staff = Premier signal d’alarme. Tout signe compte, même dit en passant.

triage-question-deadline-young = Est-ce qu’on t’a donné un délai (comme « paie dans l’heure »), ou un délai est-il déjà dépassé ?
triage-question-deadline-help-young = Un délai, c’est une façon de te mettre la pression. Ça ne veut pas dire que tu dois obéir.
triage-question-deadline-parent = La personne a-t-elle imposé un délai à votre enfant, ou un délai est-il déjà dépassé ?
triage-question-deadline-help-parent = Les maîtres chanteurs exigent souvent un paiement dans l’heure, pour que l’enfant n’ait pas le temps de demander de l’aide.
triage-question-deadline-staff = La personne a-t-elle imposé un délai pour obtenir ce qu’elle exige, ou un délai est-il déjà dépassé ?
triage-question-deadline-help-staff = Signal d’alarme : un délai existant ou dépassé, après lequel la personne menace de publier les images.

triage-question-known-offender-young = Est-ce que c’est quelqu’un que tu connais en vrai (famille, amis, quelqu’un de ton école ou de ton quartier) ?
triage-question-known-offender-help-young = Si tu connais cette personne en vrai, elle pourrait aussi t’atteindre en dehors d’internet.
triage-question-known-offender-parent = La personne est-elle quelqu’un que votre enfant connaît dans la vie réelle (famille, ami, connaissance) ?
triage-question-known-offender-help-parent = Quand votre enfant connaît la personne, la police et la protection de l’enfance doivent intervenir.
triage-question-known-offender-staff = La personne est-elle connue du jeune (membre de la famille, ami ou connaissance) ?
triage-question-known-offender-help-staff = Signal d’alarme : les abus peuvent continuer hors ligne, et d’autres jeunes peuvent être en danger.

triage-question-contact-young = Es-tu encore en contact avec cette personne, ou pourrait-elle te recontacter (une autre appli, un nouveau compte) ?
triage-question-contact-help-young = Même si tu l’as bloquée, réponds oui si elle peut te joindre autrement.
triage-question-contact-parent = Votre enfant est-il encore en contact avec la personne, ou pourrait-elle le recontacter ?
triage-question-contact-help-parent = Comptez tous les moyens : autres applis, nouveaux comptes, amis communs, école.
triage-question-contact-staff = Le jeune est-il encore en contact avec la personne, ou exposé à d’autres abus de sa part ?
triage-question-contact-help-staff = Signal d’alarme : le jeune reste exposé à de nouvelles violences ou risque d’être à nouveau pris pour cible.

triage-question-images-shared-young = Est-ce que tes images ont déjà été partagées ou publiées quelque part ?
triage-question-images-shared-help-young = Si tu ne sais pas, ce n’est pas grave : on te montrera quand même comment faire retirer des images.
triage-question-images-shared-parent = Des images de votre enfant ont-elles déjà été partagées ou publiées quelque part ?
triage-question-images-shared-help-parent = Si vous ne savez pas, dites-le : les étapes de retrait seront affichées quand même.
triage-question-images-shared-staff = Des images ont-elles déjà été partagées ou publiées quelque part ?
triage-question-images-shared-help-staff = Ne demandez jamais à voir les images. Savoir où elles ont été publiées suffit.

triage-question-adult-told-young = En as-tu parlé à un adulte de confiance (un parent, quelqu’un de ta famille, un prof, un coach) ?
triage-question-adult-told-help-young = Pas forcément tes parents. N’importe quel adulte en qui tu as confiance peut t’aider.
triage-question-adult-told-parent = Un autre adulte qui peut aider est-il au courant, comme l’école ou une personne de confiance ?
triage-question-adult-told-help-parent = Vous n’avez pas à gérer cela sans aide. L’école peut aider à protéger votre enfant.
triage-question-adult-told-staff = La personne chargée de la protection des élèves (en France, le chef d’établissement) et les parents ou responsables du jeune sont-ils informés ?
triage-question-adult-told-help-staff = Quelle que soit la réponse, cette personne passe en premier dans les étapes ci-dessous ; décidez avec elle comment associer la famille.

## Le résultat : un seul niveau

triage-level-emergency = Urgence absolue
triage-level-urgent = Urgent
triage-level-act-today = À faire aujourd’hui

triage-level-emergency-headline-young = Ta sécurité d’abord : appelle maintenant, et reste avec quelqu’un.
triage-level-emergency-headline-parent = Appelez maintenant, et restez avec votre enfant.
triage-level-emergency-headline-staff = Appelez maintenant, et restez avec le jeune.
triage-level-emergency-explanation-young = Ce que tu vis est vraiment dur, et ce n’est pas ta faute. Là, tout de suite, le plus important est que tu sois en sécurité. Appelle le numéro d’urgence ou une ligne d’écoute de crise, puis suis les étapes ci-dessous.
triage-level-emergency-explanation-parent = Votre enfant pourrait se faire du mal. Appelez maintenant le numéro d’urgence ou une ligne d’écoute de crise, et ne le laissez pas seul. Les autres étapes viennent juste après.
triage-level-emergency-explanation-staff = Il y a un signe d’automutilation ou de risque suicidaire. Appelez maintenant le numéro d’urgence ou une ligne d’écoute de crise, et ne laissez pas le jeune seul. Suivez ensuite la procédure d’orientation habituelle.

triage-level-urgent-headline-young = Appelle une ligne d’aide maintenant : tu n’as pas à affronter ça sans aide.
triage-level-urgent-headline-parent = Appelez une ligne d’aide maintenant, et faites intervenir la police et la protection de l’enfance.
triage-level-urgent-headline-staff = Un signal d’alarme est présent : suivez maintenant la procédure d’orientation habituelle.
triage-level-urgent-explanation-young = Ce que tu nous as dit montre que ça ne peut pas attendre. Ce n’est pas ta faute, et il existe des personnes dont le métier est d’aider les jeunes dans cette situation précise. Appelle maintenant, puis suis les étapes ci-dessous.
triage-level-urgent-explanation-parent = Au moins un signal d’alarme est présent : il faut une aide professionnelle aujourd’hui, pas demain. Restez calme avec votre enfant : il a besoin d’entendre que ce n’est pas sa faute.
triage-level-urgent-explanation-staff = Au moins un des quatre signaux d’alarme est présent. Appelez la ligne d’aide et suivez la procédure d’orientation habituelle : faites intervenir la police et les services de protection de l’enfance, comme le prévoit votre protocole.

triage-level-act-today-headline-young = À faire aujourd’hui : quelques étapes pour reprendre le contrôle.
triage-level-act-today-headline-parent = À faire aujourd’hui : accompagnez votre enfant dans ces étapes.
triage-level-act-today-headline-staff = Aucun signal d’alarme : agissez aujourd’hui, et continuez à observer.
triage-level-act-today-explanation-young = Aucun signal d’alarme, et c’est une bonne chose. C’est quand même sérieux, et ce n’est pas ta faute. Fais ces étapes aujourd’hui, et appelle la ligne d’aide si tu veux en parler.
triage-level-act-today-explanation-parent = Aucun signal d’alarme. C’est tout de même sérieux : ce chantage peut s’aggraver en quelques heures. Faites ces étapes avec votre enfant aujourd’hui, calmement et sans reproche.
triage-level-act-today-explanation-staff = Aucun des quatre signaux d’alarme n’est présent. Accompagnez le jeune dans ces étapes aujourd’hui, notez ce qui a été fait, et reposez les questions si quelque chose change.

triage-reasons-title-young = Pourquoi
triage-reasons-title-parent = Pourquoi ce niveau
triage-reasons-title-staff = Pourquoi ce niveau

triage-actions-title-young = Que faire, dans cet ordre
triage-actions-title-parent = Que faire, dans cet ordre
triage-actions-title-staff = Que faire, dans cet ordre

triage-summary-title-young = Tes réponses
triage-summary-title-parent = Vos réponses
triage-summary-title-staff = Réponses données
# Sous les réponses imprimées : le niveau, puis ce qu’il faut faire d’abord.
triage-level-line = { $level } — { $headline }

## Raisons : quels signaux d'alarme ont compté, et pourquoi

triage-reason-self-harm-young =
    { $because ->
        [yes] Tu as dit que tu penses à te faire du mal, ou que tu as l’impression de ne plus pouvoir tenir.
        [dont-know] Tu ne sais pas si tu es en sécurité. On compte ça comme un oui, par précaution.
       *[unanswered] Tu ne nous as pas encore dit si tu es en sécurité. En attendant, on compte ça comme un oui.
    }
triage-reason-self-harm-parent =
    { $because ->
        [yes] Votre enfant parle de suicide ou de se faire du mal, ou semble profondément bouleversé.
        [dont-know] Vous ne savez pas si votre enfant risque de se faire du mal. Nous comptons cela comme un oui, par précaution.
       *[unanswered] Vous n’avez pas encore dit si votre enfant risque de se faire du mal. En attendant, nous comptons cela comme un oui.
    }
triage-reason-self-harm-staff =
    { $because ->
        [yes] Le jeune évoque le suicide ou l’automutilation, ou montre une profonde détresse émotionnelle.
        [dont-know] On ne sait pas si le jeune risque de se faire du mal. Nous comptons cela comme un oui, par précaution.
       *[unanswered] La question sur l’automutilation est sans réponse. En attendant, nous la comptons comme un oui.
    }

triage-reason-deadline-young =
    { $because ->
        [yes] On t’a donné un délai, ou un délai est dépassé.
        [dont-know] Tu ne sais pas s’il y a un délai. On compte ça comme un oui, par précaution.
       *[unanswered] Tu ne nous as pas encore dit s’il y a un délai. En attendant, on compte ça comme un oui.
    }
triage-reason-deadline-parent =
    { $because ->
        [yes] Un délai a été imposé, ou il est déjà dépassé.
        [dont-know] Vous ne savez pas si un délai a été imposé. Nous comptons cela comme un oui, par précaution.
       *[unanswered] Vous n’avez pas encore dit si un délai a été imposé. En attendant, nous comptons cela comme un oui.
    }
triage-reason-deadline-staff =
    { $because ->
        [yes] Un délai a été imposé, ou il est déjà dépassé.
        [dont-know] On ne sait pas si un délai a été imposé. Nous comptons cela comme un oui, par précaution.
       *[unanswered] La question du délai est sans réponse. En attendant, nous la comptons comme un oui.
    }

triage-reason-known-offender-young =
    { $because ->
        [yes] C’est quelqu’un que tu connais en vrai.
        [dont-know] Tu ne sais pas si tu connais cette personne en vrai. On compte ça comme un oui, par précaution.
       *[unanswered] Tu ne nous as pas encore dit si tu connais cette personne en vrai. En attendant, on compte ça comme un oui.
    }
triage-reason-known-offender-parent =
    { $because ->
        [yes] Votre enfant connaît la personne dans la vie réelle.
        [dont-know] Vous ne savez pas si votre enfant connaît la personne dans la vie réelle. Nous comptons cela comme un oui, par précaution.
       *[unanswered] Vous n’avez pas encore dit si votre enfant connaît la personne. En attendant, nous comptons cela comme un oui.
    }
triage-reason-known-offender-staff =
    { $because ->
        [yes] La personne est connue du jeune.
        [dont-know] On ne sait pas si le jeune connaît la personne. Nous comptons cela comme un oui, par précaution.
       *[unanswered] La question sur l’identité de la personne est sans réponse. En attendant, nous la comptons comme un oui.
    }

triage-reason-contact-young =
    { $because ->
        [yes] Cette personne peut encore te joindre.
        [dont-know] Tu ne sais pas si elle peut encore te joindre. On compte ça comme un oui, par précaution.
       *[unanswered] Tu ne nous as pas encore dit si elle peut encore te joindre. En attendant, on compte ça comme un oui.
    }
triage-reason-contact-parent =
    { $because ->
        [yes] La personne peut encore joindre votre enfant.
        [dont-know] Vous ne savez pas si la personne peut encore joindre votre enfant. Nous comptons cela comme un oui, par précaution.
       *[unanswered] Vous n’avez pas encore dit si la personne peut encore joindre votre enfant. En attendant, nous comptons cela comme un oui.
    }
triage-reason-contact-staff =
    { $because ->
        [yes] Le jeune est encore en contact, ou exposé à d’autres abus.
        [dont-know] On ne sait pas si la personne peut encore joindre le jeune. Nous comptons cela comme un oui, par précaution.
       *[unanswered] La question du contact est sans réponse. En attendant, nous la comptons comme un oui.
    }

triage-reason-no-red-flag-young = Tu as répondu non à chaque signal d’alarme : tu es en sécurité en ce moment, il n’y a pas de délai, tu ne connais pas cette personne en vrai, et elle ne peut plus te joindre.
triage-reason-no-red-flag-parent = Aucun des quatre signaux d’alarme : pas de signe d’automutilation, pas de délai, une personne que votre enfant ne connaît pas, et plus de contact.
triage-reason-no-red-flag-staff = Aucun des quatre signaux d’alarme n’est présent.

## Actions : guides

triage-guide-young-threat = Quelqu’un me menace : que faire
triage-guide-young-tell-adult = Comment en parler à un adulte
triage-guide-parent-talk = Parler avec votre enfant
triage-guide-parent-signs = Les signes qui doivent alerter
triage-guide-removal = Faire retirer des images
triage-guide-young-removal = Faire retirer les photos
triage-guide-staff-school = À l’école : que faire quand un élève se confie
triage-guide-staff-young = Lignes d’aide : quand un jeune vous contacte
triage-guide-staff-parent = Quand un parent vous contacte
triage-guide-red-flags = Les quatre signaux d’alarme et l’orientation

## Actions : étapes, chacune avec un détail

triage-step-stop-replying-young = Arrête de répondre
triage-step-stop-replying-detail-young = Ne réponds pas, ne négocie pas, ne menace pas en retour. Chaque réponse lui donne prise sur toi.
triage-step-stop-replying-parent = Aidez votre enfant à arrêter de répondre
triage-step-stop-replying-detail-parent = Pas de réponse, pas de négociation, pas de menace en retour : ni de votre enfant, ni de vous.
triage-step-stop-replying-staff = Veillez à ce que toute réponse cesse
triage-step-stop-replying-detail-staff = Plus de réponse ni de négociation, ni du jeune ni d’aucun adulte.

triage-step-dont-pay-young = Ne paie pas
triage-step-dont-pay-detail-young = Payer ne fait pas cesser le chantage : en général, ils en demandent plus. Si tu as déjà payé, pas de panique, mais ne paie plus rien.
triage-step-dont-pay-parent = Ne payez pas
triage-step-dont-pay-detail-parent = Payer y met rarement fin et entraîne souvent de nouvelles exigences. Si de l’argent a déjà été envoyé, ne payez plus rien : vérifiez si le paiement peut encore être annulé, et gardez-en la preuve.
triage-step-dont-pay-staff = Aucun paiement
triage-step-dont-pay-detail-staff = Payer y met rarement fin et entraîne souvent de nouvelles exigences. Si de l’argent a été envoyé, plus aucun paiement : vérifiez si le paiement peut encore être annulé, et gardez-en la preuve.

triage-step-dont-send-more-young = N’envoie plus aucune image
triage-step-dont-send-more-detail-young = Quels que soient le délai ou la menace. Rien de ce que tu enverras ne les fera arrêter.
triage-step-dont-send-more-parent = Plus aucune image, quelle que soit la menace
triage-step-dont-send-more-detail-parent = Dites à votre enfant qu’il n’a jamais à envoyer quoi que ce soit, quel que soit le délai.
triage-step-dont-send-more-staff = Plus aucune image, quelle que soit la menace
triage-step-dont-send-more-detail-staff = Dites au jeune qu’il n’a jamais à envoyer quoi que ce soit, quel que soit le délai.

triage-step-keep-evidence-young = Garde des preuves
triage-step-keep-evidence-detail-young = Fais des captures d’écran des messages, du profil de cette personne, de son pseudo et de ce qu’elle demande, sans la photo. Si la photo est dans la conversation, laisse ce passage de côté. Ne supprime rien, ni la photo ni la conversation : laisse-les où elles sont, et ne les envoie ni ne les montre.
triage-step-keep-evidence-parent = Gardez des preuves, jamais les images
triage-step-keep-evidence-detail-parent = Des captures d’écran des messages, du profil, du pseudo et des exigences, sans aucune photo dessus. Ne regardez pas les images, ne demandez pas à votre enfant de les montrer, et ne vous les faites jamais envoyer. Ne supprimez rien : ni le compte, ni la conversation, ni les photos, ni aucune appli.
triage-step-keep-evidence-staff = Conseillez de garder des preuves, jamais les images
triage-step-keep-evidence-detail-staff = Conseillez au jeune de garder des captures d’écran des messages, du profil, du pseudo et des exigences, sans aucune photo dessus, et de ne rien supprimer. Ne regardez, ne copiez, n’imprimez, ne partagez et ne stockez jamais les images vous-même, et ne demandez jamais au jeune de le faire. À l’école, c’est la direction qui décide qui s’occupe de l’appareil.

triage-step-report-then-block-young = Signale son compte, puis bloque-le
triage-step-report-then-block-detail-young = Utilise d’abord le bouton « Signaler » de l’appli, et dis que tu as moins de 18 ans, même si ton profil indique un autre âge. Puis bloque. Tes captures, sans la photo, restent sur ton téléphone après le blocage.
triage-step-report-then-block-parent = Signalez le compte, puis bloquez-le
triage-step-report-then-block-detail-parent = Signalez-le d’abord sur la plateforme (beaucoup ont un formulaire prioritaire pour le chantage) en précisant que votre enfant a moins de 18 ans, puis bloquez-le.
triage-step-report-then-block-staff = Conseillez de signaler le compte, puis de le bloquer
triage-step-report-then-block-detail-staff = Conseillez au jeune de signaler le compte sur la plateforme, en précisant qu’il a moins de 18 ans, puis de le bloquer. Notez ce qui a été signalé, et quand.

triage-step-stay-with-them-young = Reste avec quelqu’un
triage-step-stay-with-them-detail-young = Va trouver quelqu’un : un parent, un ami ou une amie, un voisin ou une voisine. Ou reste au téléphone avec la ligne que tu as appelée.
triage-step-stay-with-them-parent = Restez avec votre enfant
triage-step-stay-with-them-detail-parent = Ne le laissez pas seul tant que le danger n’est pas passé. Écoutez, ne jugez pas, et dites-lui que ce n’est pas sa faute.
triage-step-stay-with-them-staff = Restez avec le jeune
triage-step-stay-with-them-detail-staff = Ne le laissez pas seul. Restez calme, écoutez, et dites-lui que ce n’est pas sa faute.

triage-step-standard-referral-young = Laisse la police et la protection de l’enfance t’aider
triage-step-standard-referral-detail-young = Ce qu’on te fait est un délit. La police et les services de protection de l’enfance sont là pour te protéger, pas pour te juger. La ligne d’aide peut t’expliquer comment ça se passe, et un adulte de confiance peut t’accompagner.
triage-step-standard-referral-parent = Faites intervenir la police et la protection de l’enfance
triage-step-standard-referral-detail-parent = La personne qui fait chanter votre enfant commet un délit. Portez plainte auprès de la police, et contactez les services de protection de l’enfance : la ligne d’aide peut vous dire comment faire dans votre pays.
triage-step-standard-referral-staff = Suivez la procédure d’orientation habituelle
triage-step-standard-referral-detail-staff = Avec la personne chargée de la protection des élèves, faites intervenir la police et les services de protection de l’enfance, selon la procédure de votre école ou de votre service.

triage-step-tell-trusted-adult-young = Parles-en à un adulte de confiance
triage-step-tell-trusted-adult-detail-young = Un parent, quelqu’un de ta famille, un prof, un coach : n’importe qui en qui tu as confiance. Tu n’auras pas d’ennuis parce que tu demandes de l’aide.
triage-step-tell-trusted-adult-parent = Ne gardez pas cela pour vous
triage-step-tell-trusted-adult-detail-parent = Prévenez l’école ou un autre adulte de confiance : ils peuvent aider à protéger votre enfant et vous soutenir.
triage-step-tell-trusted-adult-staff = Prévenez tout de suite la personne chargée de la protection des élèves
triage-step-tell-trusted-adult-detail-staff = Avant toute autre chose, prévenez la personne chargée de la protection des élèves (en France, le chef d’établissement ou le directeur d’école ; dans une ligne d’aide, la personne que désigne votre procédure). C’est elle qui décide qui s’occupe de l’appareil, et quand et comment associer la famille. Si elle est déjà au courant, dites-lui ce que vous avez appris depuis.

triage-step-report-to-police-young = Signale-le à la police, avec un adulte
triage-step-report-to-police-detail-young = Ce qu’on te fait est un délit. La police est là pour te protéger, pas pour te juger. Le service de signalement de ton pays est sur l’écran des lignes d’aide.
triage-step-report-to-police-parent = Signalez-le à la police
triage-step-report-to-police-detail-parent = La personne qui fait chanter votre enfant commet un délit. Signalez-le à la police ou au service de signalement de votre pays (l’écran des lignes d’aide l’indique), avec vos notes et vos captures, sans aucune photo dessus.
triage-step-report-to-police-staff = Veillez à ce que les faits soient signalés à la police
triage-step-report-to-police-detail-staff = La sextorsion est un délit, et elle est signalée même sans signal d’alarme. À l’école, c’est la personne chargée de la protection des élèves qui fait le signalement ; dans une ligne d’aide, suivez la procédure de votre service.

triage-step-remove-images-young = Demande que les images soient retirées
triage-step-remove-images-detail-young = Les sites et les applis doivent retirer les images sexuelles de toute personne de moins de 18 ans. Le guide ci-dessous te montre comment, étape par étape.
triage-step-remove-images-parent = Faites retirer les images
triage-step-remove-images-detail-parent = Les images sexuelles de mineurs sont illégales : les plateformes doivent les retirer. Le guide de retrait explique comment.
triage-step-remove-images-staff = Faites retirer les images
triage-step-remove-images-detail-staff = Les images sexuelles de mineurs sont illégales : les plateformes doivent les retirer. Le guide de retrait explique comment, sans que personne ne regarde les images.

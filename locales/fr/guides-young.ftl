# Guides pour les jeunes (tutoiement). Phrases courtes et calmes, une idée par étape : le lecteur a
# peut-être 13 ans, seul, à 1 h du matin. Ne jamais suggérer de garder, d’envoyer ou de montrer une
# image intime : les preuves, ce sont des captures sans aucune photo dessus. Seule exception, dite
# comme telle : les outils officiels de retrait (Take It Down, Report Remove), avec un adulte.
# Ne pas accorder au lecteur (ni « seul », ni « sûr ») : reformuler plutôt.

## Guide : young-threat — le premier écran d’un ado qui a peur

guide-young-threat-title = Quelqu’un me menace
guide-young-threat-summary = Quelqu’un te demande de l’argent ou d’autres images, ou menace de publier tes photos. Voici quoi faire, étape par étape.

guide-young-threat-step-not-your-fault-title = Ce n’est pas ta faute
guide-young-threat-step-not-your-fault-body =
    Tu as bien fait de chercher de l’aide. La personne qui te menace commet un délit. C’est toi qu’on fait souffrir, et tu ne mérites pas ça.

    Si tu penses à te faire du mal, ou si tu as l’impression de ne plus pouvoir tenir, appelle tout de suite une ligne d’écoute avec le premier bouton ci-dessous. Tu comptes bien plus que n’importe quelle photo.

    On te donne un délai, une heure par exemple ? C’est une technique de pression, faite pour te pousser à agir avant de réfléchir ou d’en parler. Tu as le temps de faire les bonnes choses, une étape après l’autre.

guide-young-threat-step-stop-replying-title = Arrête de répondre
guide-young-threat-step-stop-replying-body =
    Ne lui réponds plus. Ne t’explique pas, ne supplie pas, ne discute pas, ne menace pas en retour.

    Chaque réponse lui montre qu’il peut encore t’atteindre. Le silence lui enlève ce pouvoir.

guide-young-threat-step-dont-pay-title = Ne paie pas
guide-young-threat-step-dont-pay-body =
    Payer n’arrête pas le chantage. Les personnes qui paient reçoivent en général de nouvelles demandes.

    Parles-en à un adulte de confiance avant de décider quoi que ce soit à propos d’argent.

guide-young-threat-step-already-paid-title = Si tu as déjà payé
guide-young-threat-step-already-paid-body =
    Pas de panique, mais ne paie plus rien. Il n’est pas trop tard, et ça va aller.

    Avec un adulte, vérifie si l’argent a déjà été encaissé. Si ce n’est pas le cas, demande tout de suite à la banque ou à l’appli de paiement d’annuler l’opération.

    Garde les détails du paiement : le montant, la date, le compte ou la carte qui a reçu l’argent. Note-les dans Mon dossier : ce sont des preuves pour la police.

guide-young-threat-step-send-nothing-title = N’envoie plus rien
guide-young-threat-step-send-nothing-body =
    N’envoie plus aucune photo ni vidéo, quoi qu’il dise et quel que soit le délai. En envoyer d’autres ne met jamais fin au chantage : ça lui donne plus de moyens de pression, et certains exigent à chaque fois des images plus choquantes.

    Le compte à rebours fait partie du piège. Une vraie aide n’arrive jamais avec un chronomètre.

guide-young-threat-step-keep-evidence-title = Garde des preuves, sans la photo
guide-young-threat-step-keep-evidence-body =
    Avant de bloquer, fais des captures d’écran. Elles aident la police, la plateforme et la ligne d’écoute à arrêter cette personne.

    Vérifie que la photo ou la vidéo n’apparaît jamais sur ta capture. Si elle est dans la conversation, ne capture que les parties où elle n’est pas, ou laisse ce passage à un adulte ou à la police.

    Ne garde jamais la photo elle-même, ne l’envoie pas, ne la montre pas, même comme preuve. Seule exception : les outils officiels de retrait (Take It Down, Report Remove), utilisés avec un adulte.
guide-young-threat-step-keep-evidence-point-messages = Les messages, surtout les menaces, sans la photo.
guide-young-threat-step-keep-evidence-point-profile = La page de son profil.
guide-young-threat-step-keep-evidence-point-username = Son pseudo, ou le lien vers son compte.
guide-young-threat-step-keep-evidence-point-demands = Ce qu’il demande : le montant, le moyen de paiement, le délai.

guide-young-threat-step-report-block-title = Signale, puis bloque
guide-young-threat-step-report-block-body =
    Signale le compte sur l’appli ou le site, puis bloque-le.

    Ne supprime ni ton compte ni la conversation : ce sont des preuves, et la police peut en avoir besoin. Si tu as besoin de souffler, déconnecte-toi ou coupe les notifications.

guide-young-threat-step-removal-title = Fais retirer les images
guide-young-threat-step-removal-body =
    Des services peuvent faire retirer les images de mineurs, et certains peuvent même les bloquer avant qu’elles soient publiées. Ce n’est pas sans espoir.

    Ces outils officiels sont les seuls à utiliser la photo elle-même. Fais-le avec un adulte de confiance.

guide-young-threat-step-tell-adult-title = Parles-en à un adulte de confiance
guide-young-threat-step-tell-adult-body =
    Tu n’as pas à porter ça sans aide. Un parent, un prof, l’infirmerie scolaire, un coach ou quelqu’un de ta famille peut t’aider dès maintenant.

    Tu n’auras pas d’ennuis parce qu’on te fait du chantage. Le délit, c’est l’autre qui le commet, et la police est là pour te protéger.

guide-young-threat-step-other-cases-title = Si tu connais la personne, ou si la photo est fausse
guide-young-threat-step-other-cases-body =
    Environ une jeune victime sur trois connaît la personne dans la vraie vie : quelqu’un de l’école, un ou une ex, l’ami d’un ami. Les étapes sont les mêmes, avec quelques-unes en plus.

    Certains maîtres chanteurs fabriquent une fausse photo dénudée à partir d’une photo ordinaire, avec l’IA. Même si tu n’as jamais rien envoyé, c’est quand même du chantage, et l’aide est la même.

guide-young-threat-step-call-helpline-title = Appelle une ligne d’écoute
guide-young-threat-step-call-helpline-body =
    Une ligne d’écoute peut t’accompagner pour tout ça. La plupart de ces lignes sont gratuites, et tu n’as pas à donner ton nom.

    Si tu penses à te faire du mal, appelle tout de suite. Si tu es en danger, appelle le numéro d’urgence.

## Guide : young-tell-adult

guide-young-tell-adult-title = Comment en parler à un adulte de confiance
guide-young-tell-adult-summary = À qui en parler, quoi dire, et ce qui se passe ensuite.

guide-young-tell-adult-step-who-title = Qui peut être cet adulte
guide-young-tell-adult-step-who-body =
    Pas forcément un parent. Choisis quelqu’un qui reste calme d’habitude et avec qui tu te sens en sécurité.
guide-young-tell-adult-step-who-point-parent = Un parent, ou l’adulte qui s’occupe de toi.
guide-young-tell-adult-step-who-point-school = Un prof, l’infirmerie scolaire ou un adulte de la vie scolaire.
guide-young-tell-adult-step-who-point-coach = Un coach, un animateur ou une animatrice.
guide-young-tell-adult-step-who-point-family = Une tante, un oncle, un grand-parent, un cousin ou une cousine plus âgés.
guide-young-tell-adult-step-who-point-helpline = Une personne d’une ligne d’aide, sans donner ton nom.

guide-young-tell-adult-step-what-to-say-title = Quoi dire
guide-young-tell-adult-step-what-to-say-body =
    Pas besoin de trouver les mots parfaits. Tu peux lire ces phrases à voix haute, ou simplement montrer cet écran.
guide-young-tell-adult-step-what-to-say-point-need-help = « Il se passe quelque chose en ligne et j’ai besoin de ton aide. »
guide-young-tell-adult-step-what-to-say-point-threat = « Quelqu’un menace de partager des photos de moi si je ne paie pas ou si je n’en envoie pas d’autres. »
guide-young-tell-adult-step-what-to-say-point-scared = « J’ai peur. S’il te plaît, ne te fâche pas. »
guide-young-tell-adult-step-what-to-say-point-now = « Tu peux m’aider maintenant ? On m’a donné un délai. »

guide-young-tell-adult-step-what-next-title = Ce qui se passe ensuite
guide-young-tell-adult-step-what-next-body =
    Un bon adulte restera calme, t’écoutera et t’aidera. Il sera peut-être choqué au début : laisse-lui un moment.

    Tu n’auras pas d’ennuis parce qu’on te fait du chantage. À deux, c’est plus facile de garder les preuves (des captures sans la photo, des notes dans Mon dossier), de signaler le compte, et d’appeler une ligne d’écoute ou la police.

guide-young-tell-adult-step-if-not-helped-title = Si le premier adulte ne t’aide pas
guide-young-tell-adult-step-if-not-helped-body =
    S’il ne te croit pas, se met en colère ou ne fait rien, ça parle de lui, pas de toi. Essaie un autre adulte.

    Ou appelle une ligne d’écoute. Les personnes au bout du fil connaissent bien cette situation. Certaines lignes répondent aussi la nuit : l’écran des lignes d’aide montre celles qui sont ouvertes.

## Guide : young-known — l’auteur est quelqu’un de l’école, un ou une ex, un ami

guide-young-known-title = C’est quelqu’un que je connais
guide-young-known-summary = Quand la personne qui te menace est de ton école, un ou une ex, ou quelqu’un que tu connais dans la vraie vie.

guide-young-known-step-dont-confront-title = Ne l’affronte pas, ne négocie pas
guide-young-known-step-dont-confront-body =
    Environ une jeune victime sur trois connaît la personne : quelqu’un de sa classe, un ou une ex, l’ami d’un ami. C’est quand même du chantage, et ce n’est toujours pas ta faute.

    Ne l’affronte pas, ne discute pas, ne passe pas de marché, ni directement ni par des amis. Arrête de répondre, et bloque cette personne après l’étape suivante.

guide-young-known-step-keep-evidence-title = Garde des preuves, sans risque
guide-young-known-step-keep-evidence-body =
    Fais des captures d’écran des messages, de son profil et de ses demandes, sans aucune photo dessus. Si la photo est dans la conversation, laisse ce passage à un adulte ou à la police.

    Note ce que tu sais sur cette personne : son nom, comment tu la connais, les dates, qui d’autre pourrait être impliqué. Mon dossier garde tout ça en privé, en texte seulement.

guide-young-known-step-tell-school-title = Parles-en à un adulte, et à l’école
guide-young-known-step-tell-school-body =
    Dans chaque établissement, quelqu’un doit agir quand un élève est en danger : en France, le chef d’établissement au collège ou au lycée, le directeur ou la directrice à l’école ; en Angleterre, le « designated safeguarding lead ». Cette personne peut te protéger à l’école.

    Tu peux y aller avec un parent ou un autre adulte de confiance, ou demander à un prof de t’accompagner.

guide-young-known-step-police-title = Préviens aussi la police
guide-young-known-step-police-body =
    Quelqu’un de ton âge n’est pas au-dessus des lois. Menacer de diffuser des photos sexuelles est un délit, quel que soit son auteur.

    La police peut agir même si cette personne est dans ton école, et c’est toi qu’elle considérera comme la victime.

guide-young-known-step-why-urgent-title = Pourquoi c’est urgent
guide-young-known-step-why-urgent-body =
    Quand tu connais la personne, elle peut aussi t’atteindre hors d’internet : à l’école, sur le trajet, par des amis. Elle fait peut-être la même chose à d’autres.

    C’est pour ça que des adultes doivent le savoir aujourd’hui, pas plus tard.

## Guide : young-fake — une fausse photo dénudée, faite avec l’IA ou un montage

guide-young-fake-title = La photo est fausse
guide-young-fake-summary = Quelqu’un a fabriqué une fausse photo dénudée de toi, avec l’IA ou un montage, et s’en sert pour te menacer.

guide-young-fake-step-still-a-crime-title = Fausse, mais c’est quand même un délit
guide-young-fake-step-still-a-crime-body =
    Certains maîtres chanteurs prennent une photo ordinaire de toi et la transforment en fausse photo dénudée, avec l’IA ou une appli de retouche. Tu n’as peut-être jamais rien envoyé.

    Te menacer avec, c’est quand même du chantage. Fabriquer ou diffuser une image sexuelle d’une personne de moins de 18 ans est interdit par la loi, même quand l’image est fausse.

    Ce n’est pas ta faute, et tu n’as rien à leur prouver.

guide-young-fake-step-same-steps-title = Les mêmes étapes marchent
guide-young-fake-step-same-steps-body =
    Arrête de répondre, ne paie pas, n’envoie rien. Garde des captures d’écran des messages et du profil, sans aucune photo dessus, puis signale et bloque le compte.

    Parles-en à un adulte de confiance. Tout le guide « Quelqu’un me menace » vaut aussi pour toi.

guide-young-fake-step-take-it-down-title = Take It Down marche aussi pour les fausses images
guide-young-fake-step-take-it-down-body =
    Meta conseille de signaler une image créée par l’IA à l’appli et de la soumettre à Take It Down. Take It Down crée une empreinte numérique de l’image sur ton propre appareil : l’image elle-même n’est pas envoyée.

    Il ne fonctionne que sur les plateformes qui y participent, et pas dans les messageries chiffrées. Utilise-le avec un adulte.

## Guide : young-police — ce qui se passe quand on va voir la police

guide-young-police-title = Aller voir la police
guide-young-police-summary = Tu es la victime, pas un suspect. Quoi apporter, et qui peut venir avec toi.

guide-young-police-step-victim-title = Tu es la victime, pas un suspect
guide-young-police-step-victim-body =
    Le chantage, c’est un délit commis contre toi. Les consignes de la police et de la protection de l’enfance le disent : quand une personne mineure est menacée ou forcée, c’est elle la victime, et elle n’a rien fait de mal.

    La police est là pour te protéger, pas pour te juger. Aucun détail n’est trop petit pour être raconté.

guide-young-police-step-what-to-bring-title = Quoi apporter
guide-young-police-step-what-to-bring-body =
    Apporte ce que tu as gardé. N’apporte et ne montre jamais la photo elle-même : la police sait comment s’en occuper.
guide-young-police-step-what-to-bring-point-screenshots = Des captures d’écran des messages et des menaces, sans la photo.
guide-young-police-step-what-to-bring-point-accounts = Ses pseudos et les liens vers ses profils.
guide-young-police-step-what-to-bring-point-payment = La preuve de chaque paiement : le montant, la date, le destinataire.
guide-young-police-step-what-to-bring-point-dates = Quand ça a commencé, et ce qui s’est passé, dans l’ordre. Tes notes dans Mon dossier t’aideront.

guide-young-police-step-with-an-adult-title = Quelqu’un peut venir avec toi
guide-young-police-step-with-an-adult-body =
    Un parent ou un autre adulte de confiance peut t’accompagner. Tu peux demander à parler à un enquêteur ou une enquêtrice spécialisés dans les violences faites aux mineurs.

    En France, une victime mineure peut porter plainte seule, ou avec un adulte de confiance de son choix. Un tchat de la police et de la gendarmerie pour les moins de 18 ans répond jour et nuit ; il faut une connexion internet.

## Guide : young-friend

guide-young-friend-title = Aider un ami ou une amie
guide-young-friend-summary = Un ami ou une amie se fait menacer en ligne. Comment l’aider.

guide-young-friend-step-listen-title = Écoute, et crois ce qu’on te confie
guide-young-friend-step-listen-body =
    Dis-lui merci de t’en avoir parlé. Dis-lui que ce n’est pas sa faute et que tu es de son côté.

    Ne te moque pas, ne juge pas, et n’en parle pas aux autres.

guide-young-friend-step-dont-share-title = Ne fais jamais circuler les images
guide-young-friend-step-dont-share-body =
    Si une photo de ton ami ou de ton amie arrive jusqu’à toi, ne l’ouvre pas, ne l’enregistre pas, ne la transfère pas et ne la montre à personne. Partager des images sexuelles de mineurs est illégal, et chaque partage fait encore plus de mal.

    Signale-la sur l’appli et parles-en à un adulte de confiance, puis supprime-la de ton téléphone.

guide-young-friend-step-first-steps-title = Les premières étapes, ensemble
guide-young-friend-step-first-steps-body =
    Aide ton ami ou ton amie à arrêter de répondre, à ne pas payer et à ne plus rien envoyer. Propose ton aide pour garder des captures d’écran des messages et du profil, sans aucune photo dessus, puis pour signaler et bloquer le compte.

    Rappelle-lui que le délai est une technique de pression. Il y a le temps.

guide-young-friend-step-adult-title = Fais appel à un adulte
guide-young-friend-step-adult-body =
    Encourage ton ami ou ton amie à en parler à un adulte de confiance. Propose de l’accompagner.

    S’il est question de se faire du mal, ne garde pas le secret, même si on te le demande. Préviens un adulte tout de suite, ou appelle une ligne d’écoute de crise.

guide-young-friend-step-you-too-title = Prends soin de toi aussi
guide-young-friend-step-you-too-body =
    Aider quelqu’un dans cette situation, c’est lourd. Toi aussi, tu peux appeler une ligne d’écoute pour parler de ce que tu ressens.

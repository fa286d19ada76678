# Guides pour les jeunes (tutoiement). Phrases courtes et calmes : le lecteur a peut-être 13 ans
# et très peur. Ne jamais suggérer de garder, d’envoyer ou de montrer une image intime : les
# preuves, ce sont des captures des messages, du profil, du pseudo et des demandes.

## Guide : young-threat — le premier écran d’un ado qui a peur

guide-young-threat-title = Quelqu’un me menace
guide-young-threat-summary = Quelqu’un te demande de l’argent ou d’autres images, ou menace de publier tes photos. Voici quoi faire, étape par étape.

guide-young-threat-step-not-your-fault-title = Ce n’est pas ta faute
guide-young-threat-step-not-your-fault-body =
    Tu as bien fait de chercher de l’aide. La personne qui te menace commet un délit. C’est toi qu’on fait souffrir, et tu ne mérites pas ça.

    On te donne un délai, une heure par exemple ? C’est une technique de pression. Elle sert à te faire peur pour que tu agisses vite, sans réfléchir et sans en parler. Tu as le temps de faire les bonnes choses.

    Beaucoup de jeunes ont vécu ça et s’en sont sortis. Suis les étapes ci-dessous. Si tu peux, appelle une ligne d’écoute maintenant : elle gère ces situations tous les jours.

guide-young-threat-step-stop-replying-title = Arrête de répondre
guide-young-threat-step-stop-replying-body =
    Ne lui réponds plus. Ne t’explique pas, ne supplie pas, ne discute pas, ne menace pas en retour.

    Chaque réponse lui montre qu’il peut encore t’atteindre. Le silence lui enlève ce pouvoir.

guide-young-threat-step-dont-pay-title = Ne paie pas
guide-young-threat-step-dont-pay-body =
    Payer n’arrête pas le chantage. Les personnes qui paient reçoivent presque toujours de nouvelles demandes.

    Si tu as déjà payé, arrête maintenant. Il n’est pas trop tard. Parles-en à un adulte de confiance : parfois, un paiement peut encore être bloqué.

guide-young-threat-step-send-nothing-title = N’envoie plus rien
guide-young-threat-step-send-nothing-body =
    N’envoie plus aucune photo ni vidéo, quoi qu’il dise et quel que soit le délai. En envoyer d’autres ne met jamais fin au chantage : ça lui donne juste plus de moyens de pression.

    Le compte à rebours fait partie du piège. Une vraie aide n’arrive jamais avec un chronomètre.

guide-young-threat-step-keep-evidence-title = Garde des preuves avant de bloquer
guide-young-threat-step-keep-evidence-body =
    Avant de bloquer, fais des captures d’écran. Elles aident la police, la plateforme et la ligne d’écoute à arrêter cette personne.

    Ne garde jamais la photo ou la vidéo elle-même, ne l’envoie pas, ne la montre pas, même comme preuve. Les captures des messages suffisent.
guide-young-threat-step-keep-evidence-point-messages = Les messages, surtout les menaces.
guide-young-threat-step-keep-evidence-point-profile = La page de son profil.
guide-young-threat-step-keep-evidence-point-username = Son pseudo ou le lien vers son compte.
guide-young-threat-step-keep-evidence-point-demands = Ce qu’il demande : le montant, le moyen de paiement, le délai.

guide-young-threat-step-report-block-title = Signale, puis bloque
guide-young-threat-step-report-block-body =
    Signale le compte sur l’appli ou le site, puis bloque-le.

    Ne supprime pas ton compte ni la conversation. Ce sont des preuves, et la police peut en avoir besoin. Si tu as besoin de souffler, déconnecte-toi ou coupe les notifications.

guide-young-threat-step-removal-title = Fais retirer les images
guide-young-threat-step-removal-body =
    Des services peuvent faire retirer les images de mineurs, et certains peuvent même les bloquer avant qu’elles soient publiées. Ce n’est pas sans espoir.

    Un adulte peut t’aider à le faire.

guide-young-threat-step-tell-adult-title = Parles-en à un adulte de confiance
guide-young-threat-step-tell-adult-body =
    Tu n’as pas à porter ça sans aide. Un parent, un prof, l’infirmière scolaire, un coach ou quelqu’un de ta famille peut t’aider dès maintenant.

    Tu n’auras pas d’ennuis parce qu’on te fait du chantage. C’est lui qui commet un délit, pas toi.

guide-young-threat-step-call-helpline-title = Appelle une ligne d’écoute
guide-young-threat-step-call-helpline-body =
    Une ligne d’écoute peut t’accompagner pour tout ça. La plupart de ces lignes sont gratuites, et tu n’as pas à donner ton nom.

    Si tu penses à te faire du mal, appelle tout de suite. Tu comptes bien plus que n’importe quelle photo. Si tu es en danger, appelle le numéro d’urgence.

## Guide : young-tell-adult

guide-young-tell-adult-title = Comment en parler à un adulte de confiance
guide-young-tell-adult-summary = À qui en parler, quoi dire, et ce qui se passe ensuite.

guide-young-tell-adult-step-who-title = Qui peut être cet adulte
guide-young-tell-adult-step-who-body =
    Pas forcément un parent. Choisis quelqu’un qui reste calme d’habitude et avec qui tu te sens en sécurité.
guide-young-tell-adult-step-who-point-parent = Un parent, ou l’adulte qui s’occupe de toi.
guide-young-tell-adult-step-who-point-school = Un prof, l’infirmière scolaire ou le psychologue de l’école.
guide-young-tell-adult-step-who-point-coach = Un coach ou un animateur.
guide-young-tell-adult-step-who-point-family = Une tante, un oncle, un grand-parent, un cousin plus âgé.
guide-young-tell-adult-step-who-point-helpline = Un écoutant d’une ligne d’aide, sans donner ton nom.

guide-young-tell-adult-step-what-to-say-title = Quoi dire
guide-young-tell-adult-step-what-to-say-body =
    Pas besoin de trouver les mots parfaits. Tu peux lire ces phrases à voix haute, ou simplement montrer cet écran.
guide-young-tell-adult-step-what-to-say-point-need-help = « Il se passe quelque chose en ligne et j’ai besoin de ton aide. »
guide-young-tell-adult-step-what-to-say-point-threat = « Quelqu’un menace de partager des photos de moi si je ne paie pas ou si je n’en envoie pas d’autres. »
guide-young-tell-adult-step-what-to-say-point-scared = « J’ai peur. S’il te plaît, ne te fâche pas. »
guide-young-tell-adult-step-what-to-say-point-now = « Tu peux m’aider maintenant ? On m’a donné un délai. »

guide-young-tell-adult-step-what-next-title = Ce qui se passe ensuite
guide-young-tell-adult-step-what-next-body =
    Un adulte de confiance va rester calme, t’écouter et t’aider. Il sera peut-être choqué au début. Laisse-lui un moment.

    Tu n’auras pas d’ennuis parce qu’on te fait du chantage. À deux, c’est plus facile de garder les preuves, de signaler le compte, et d’appeler une ligne d’écoute ou la police.

guide-young-tell-adult-step-if-not-helped-title = Si le premier adulte ne t’aide pas
guide-young-tell-adult-step-if-not-helped-body =
    S’il ne te croit pas, se met en colère ou ne fait rien, ça parle de lui, pas de toi. Essaie un autre adulte.

    Ou appelle une ligne d’écoute. Les écoutants connaissent bien cette situation. Certaines lignes répondent aussi la nuit : l’écran des lignes d’aide montre celles qui sont ouvertes.

## Guide : young-friend

guide-young-friend-title = Aider un ami
guide-young-friend-summary = Un ami ou une amie se fait menacer en ligne. Comment être là pour lui ou pour elle.

guide-young-friend-step-listen-title = Écoute et crois ton ami
guide-young-friend-step-listen-body =
    Remercie ton ami de t’en avoir parlé. Dis-lui que ce n’est pas sa faute et que tu es de son côté.

    Ne te moque pas, ne juge pas, et n’en parle pas aux autres.

guide-young-friend-step-dont-share-title = Ne fais jamais circuler les images
guide-young-friend-step-dont-share-body =
    Si une photo de ton ami arrive jusqu’à toi, ne l’ouvre pas, ne l’enregistre pas, ne la transfère pas et ne la montre à personne. Partager des images sexuelles de mineurs est illégal, et chaque partage fait encore plus de mal à ton ami.

    Signale-la sur l’appli, puis supprime-la de ton téléphone.

guide-young-friend-step-first-steps-title = Aide-le pour les premières étapes
guide-young-friend-step-first-steps-body =
    Aide-le à arrêter de répondre, à ne pas payer et à ne plus rien envoyer. Aide-le à faire des captures des messages et du profil, puis à signaler et bloquer le compte.

    Rappelle-lui que le délai est une technique de pression. Il y a le temps.

guide-young-friend-step-adult-title = Faites appel à un adulte
guide-young-friend-step-adult-body =
    Encourage ton ami à en parler à un adulte de confiance. Propose-lui de l’accompagner.

    S’il parle de se faire du mal, ne garde pas le secret, même s’il te le demande. Préviens un adulte tout de suite, ou appelle une ligne d’écoute.

guide-young-friend-step-you-too-title = Prends soin de toi aussi
guide-young-friend-step-you-too-body =
    Aider un ami dans cette situation, c’est lourd. Toi aussi, tu peux appeler une ligne d’écoute pour parler de ce que tu ressens.

# Guides pour les jeunes (tutoiement). Phrases courtes et calmes, une idée par étape : le lecteur a
# peut-être 13 ans, seul, à 1 h du matin. Les preuves, ce sont des captures sans la photo. Ne
# jamais suggérer d’envoyer, de montrer ou de copier une image intime (pas de capture de l’image
# non plus), et ne jamais dire de supprimer sa propre photo ou la conversation : elles restent où
# elles sont jusqu’à ce qu’un adulte, la police ou un service de retrait s’en occupe. Take It Down
# fonctionne depuis l’appareil qui a déjà la photo, de préférence avec un adulte ; Report Remove
# ne la reçoit que par la page de l’IWF. La seule photo qu’on dit à un jeune de supprimer est celle
# de quelqu’un d’autre qui lui est parvenue, une fois qu’un adulte est au courant et qu’elle est
# signalée (young-friend, young-forwarded).
# Ne pas accorder au lecteur (ni « seul », ni « sûr ») : reformuler plutôt.

## Encadré « Tout de suite » — en haut de young-threat, juste après la question de sécurité
## (core/src/content/right_now.rs). Quatre lignes, chacune commence par le
## verbe ; la dernière est à côté du bouton d’appel choisi par route(). Puis une phrase sur
## l’arnaque, dite seulement comme les sources la disent (voir la version anglaise).

now-title = Tout de suite
now-stop = Arrête de lui répondre.
now-no-pay = Ne paie pas, et n’envoie plus rien.
now-no-delete = Ne supprime rien, pas même la conversation.
now-tell = Parles-en à un adulte, ou appelle maintenant.
now-scam = C’est une arnaque organisée, envoyée à beaucoup de gens en même temps. Souvent, les maîtres chanteurs passent à autre chose quand on ne leur répond plus.
now-more = Plus bas : pourquoi, et comment.

## Écran « Aide-moi à en parler » (core/src/first_minute/tell.rs). Le jeune choisit une phrase ;
## l’appli l’affiche en plein écran, pour tendre le téléphone, ou ouvre un SMS avec la phrase et
## sans numéro : le jeune choisit le contact. Textes fixes : rien n’est tapé. Les phrases sont
## neutres (ni « tu » ni « vous ») : la même convient à un parent, à un prof ou à un coach.

tell-title = Aide-moi à en parler
tell-intro = Choisis les mots que tu veux dire. Montre-les à un adulte sur ton écran, ou envoie-les par SMS.
tell-line-scared = Il s’est passé quelque chose en ligne et j’ai peur. Je n’aurai pas d’ennuis parce que je demande de l’aide ?
tell-line-threat = Quelqu’un me menace sur internet avec des photos de moi. J’ai besoin d’aide.
tell-line-talk = J’ai quelque chose de difficile à dire. On peut en parler au calme ?
tell-line-deadline = On m’a donné un délai et je ne sais pas quoi faire. J’ai besoin d’aide, maintenant.
tell-show = L’afficher en plein écran
tell-show-hint = Tends ton téléphone à l’adulte. Une fois la phrase lue, l’adulte pourra en parler avec toi.
tell-text = L’envoyer par SMS
tell-text-hint = Ton appli de messages s’ouvre avec ces mots, et c’est toi qui choisis à qui les envoyer. Le message reste dans tes SMS, comme n’importe quel autre.
tell-back = Retour
tell-for-adult = Pour l’adulte : la première minute

## Écran « Respirer en attendant » (core/src/first_minute/calm.rs) : 90 secondes de respiration lente,
## puis l’attention à ce qui entoure. `calm-at-N` s’affiche à partir de la seconde N ; avec les
## animations réduites, les lignes se remplacent simplement à ces moments-là. Sources : voir la
## version anglaise.

calm-title = Respirer pendant 90 secondes
calm-intro = Suis les mots, à ton rythme. Les boutons « Appeler à l’aide » et « Sortie rapide » restent à l’écran.
calm-at-0 = Assieds-toi ou reste debout, les deux pieds bien à plat sur le sol.
calm-at-6 = Inspire doucement par le nez, en comptant lentement jusqu’à cinq.
calm-at-14 = Maintenant, laisse l’air sortir par la bouche, en comptant encore jusqu’à cinq.
calm-at-22 = Inspire encore, lentement : un, deux, trois, quatre, cinq.
calm-at-30 = Et expire : un, deux, trois, quatre, cinq. Pas besoin de retenir ton souffle.
calm-at-38 = Continue à ton rythme. Inspire, puis expire.
calm-at-50 = Maintenant, regarde autour de toi. Trouve trois choses que tu vois.
calm-at-60 = Écoute. Trouve deux bruits que tu entends.
calm-at-70 = Remarque une chose que tu sens : tes pieds sur le sol, ou ton dos contre la chaise.
calm-at-80 = Encore une respiration lente, inspire et expire. Tu viens de faire quelque chose pour prendre soin de toi.
calm-done = Voilà 90 secondes. Tu peux recommencer, appeler à l’aide, ou revenir là où tu étais.
calm-again = Recommencer

## Guide : young-threat — le premier écran d’un ado qui a peur (sous la question de sécurité et
## l’encadré « Tout de suite »)

guide-young-threat-title = Quelqu’un me menace
guide-young-threat-summary = Quelqu’un te demande de l’argent ou d’autres images, ou menace de publier tes photos. Tu peux t’en sortir. Voici quoi faire.

guide-young-threat-step-not-your-fault-title = Ce n’est pas ta faute
guide-young-threat-step-not-your-fault-body =
    Tu as bien fait de chercher de l’aide. La personne qui te menace commet un délit. C’est toi qu’on fait souffrir, et tu ne mérites pas ça.

    Si tu penses à te faire du mal, appelle tout de suite une ligne d’écoute avec le premier bouton ci-dessous. Tu comptes bien plus que n’importe quelle photo.

    Un délai, une heure par exemple, c’est un piège pour te presser. Tu as le temps de faire les bonnes choses.

guide-young-threat-step-tell-adult-title = Parles-en à un adulte aujourd’hui
guide-young-threat-step-tell-adult-body =
    C’est trop lourd à porter sans aide. Un parent, un prof, l’infirmier ou l’infirmière scolaire, un coach ou quelqu’un de ta famille peut t’aider dès maintenant. Si tu ne trouves pas les mots, le guide ci-dessous t’en donne.

    Tu n’auras pas d’ennuis parce qu’on te fait du chantage. Le délit, c’est l’autre qui le commet.

guide-young-threat-step-stop-title = Arrête de répondre, et ne paie pas
guide-young-threat-step-stop-body =
    Ne réponds pas, ne t’explique pas, ne discute pas. Ne paie pas, et n’envoie plus de photos, quel que soit le délai. Les personnes qui paient ou qui envoient d’autres images reçoivent en général de nouvelles demandes.

    C’est une arnaque menée contre beaucoup de gens en même temps. Le silence lui enlève son pouvoir : souvent, ces maîtres chanteurs laissent tomber ceux qui ne répondent plus.

    Tu as déjà payé ? Pas de panique, et ne paie plus rien. Avec un adulte, demande à la banque ou à l’appli de paiement d’annuler l’opération si l’argent n’a pas encore été encaissé. Note les détails dans Mon dossier.

guide-young-threat-step-keep-evidence-title = Garde des preuves, sans la photo
guide-young-threat-step-keep-evidence-body =
    Avant de bloquer, fais des captures d’écran de ses messages, sans la photo. Si la photo est dans la conversation, laisse ce passage de côté.

    Ne supprime rien, ni la photo ni la conversation. Laisse-les où elles sont, et ne les envoie ni ne les montre à personne. Un adulte, la police ou un service de retrait s’en occupera.
guide-young-threat-step-keep-evidence-point-messages = Ses messages, surtout les menaces.
guide-young-threat-step-keep-evidence-point-profile = La page de son profil et son pseudo.
guide-young-threat-step-keep-evidence-point-demands = Ce qu’il demande : combien, comment payer, et pour quand.

guide-young-threat-step-report-title = Signale-le à la police et sur l’appli
guide-young-threat-step-report-body =
    C’est un délit : signale-le à la police, de préférence avec un adulte. Elle est là pour te protéger. Le service de signalement de ton pays est sur l’écran des lignes d’aide.

    Signale aussi son compte sur l’appli, et dis que tu as moins de 18 ans, même si ton profil indique un autre âge. Puis bloque-le. Ne supprime pas ton compte : déconnecte-toi si tu as besoin de souffler.

guide-young-threat-step-lock-down-title = Verrouille tes comptes
guide-young-threat-step-lock-down-body =
    Il peut revenir avec de nouveaux comptes, ou essayer de contacter tes amis.
guide-young-threat-step-lock-down-point-private = Passe tes comptes en privé.
guide-young-threat-step-lock-down-point-lists = Cache la liste de tes amis et de tes abonnés.
guide-young-threat-step-lock-down-point-requests = N’accepte pas de nouvelles demandes d’amis pour l’instant.
guide-young-threat-step-lock-down-point-passwords = Change tes mots de passe s’il peut les connaître.

guide-young-threat-step-more-help-title = Faire retirer les photos, et les autres cas
guide-young-threat-step-more-help-body =
    Des services peuvent faire retirer les photos de mineurs, même avant qu’elles soient publiées. Tout n’est pas perdu.

    C’est quelqu’un que tu connais ? Une fausse photo ? La photo a déjà circulé ? Tu as fait circuler la photo de quelqu’un, ou tu as 18 ans ou plus ? Il y a un guide pour chaque cas ci-dessous.

guide-young-threat-step-call-helpline-title = Parle à une ligne d’écoute
guide-young-threat-step-call-helpline-body =
    Une ligne d’écoute peut t’accompagner pour tout ça. La plupart sont gratuites, et tu n’as pas à donner ton nom. Si tu es en danger, appelle le numéro d’urgence.

    En attendant, respire lentement : inspire en comptant jusqu’à cinq, expire en comptant jusqu’à cinq.

## Guide : young-tell-adult

guide-young-tell-adult-title = Comment en parler à un adulte de confiance
guide-young-tell-adult-summary = À qui en parler, quoi dire, et ce qui se passe ensuite.

guide-young-tell-adult-step-who-title = Qui peut être cet adulte
guide-young-tell-adult-step-who-body =
    Pas forcément un parent. Choisis quelqu’un qui reste calme d’habitude et avec qui tu te sens en sécurité.
guide-young-tell-adult-step-who-point-parent = Un parent, ou l’adulte qui s’occupe de toi.
guide-young-tell-adult-step-who-point-school = Un prof, l’infirmier ou l’infirmière scolaire, ou un adulte de la vie scolaire.
guide-young-tell-adult-step-who-point-coach = Un coach, un animateur ou une animatrice.
guide-young-tell-adult-step-who-point-family = Une tante, un oncle, un grand-parent, un cousin ou une cousine plus âgés.
guide-young-tell-adult-step-who-point-helpline = Une personne d’une ligne d’aide, sans donner ton nom.

guide-young-tell-adult-step-what-to-say-title = Quoi dire
guide-young-tell-adult-step-what-to-say-body =
    Pas besoin de trouver les mots parfaits. Tu peux lire une de ces phrases à voix haute, ou simplement montrer cet écran. Elles conviennent aussi bien à un parent qu’à un prof.
guide-young-tell-adult-step-what-to-say-point-scared = « { tell-line-scared } »
guide-young-tell-adult-step-what-to-say-point-threat = « { tell-line-threat } »
guide-young-tell-adult-step-what-to-say-point-talk = « { tell-line-talk } »
guide-young-tell-adult-step-what-to-say-point-deadline = « { tell-line-deadline } »

guide-young-tell-adult-step-what-next-title = Ce qui se passe ensuite
guide-young-tell-adult-step-what-next-body =
    Un bon adulte restera calme, t’écoutera et t’aidera. Il sera peut-être choqué au début : laisse-lui un moment.

    Tu n’auras pas d’ennuis parce qu’on te fait du chantage. À deux, c’est plus facile de garder des preuves (des captures sans la photo, des notes dans Mon dossier), de signaler, et d’appeler une ligne d’écoute ou la police.

guide-young-tell-adult-step-if-not-helped-title = Si le premier adulte ne t’aide pas
guide-young-tell-adult-step-if-not-helped-body =
    S’il ne te croit pas, se met en colère ou ne fait rien, ça en dit plus sur lui que sur toi. Essaie un autre adulte.

    Ou appelle une ligne d’écoute. Les personnes au bout du fil connaissent bien cette situation. Certaines lignes répondent aussi la nuit : l’écran des lignes d’aide montre celles qui sont ouvertes.

## Guide : young-removal — faire retirer les photos, écrit pour le jeune

guide-young-removal-title = Faire retirer les photos
guide-young-removal-summary = Comment faire retirer tes photos, ou les bloquer avant qu’elles soient publiées. Les pages web ci-dessous demandent une connexion internet ; le reste de Refuge fonctionne hors ligne.

guide-young-removal-step-before-title = D’abord, ne supprime rien
guide-young-removal-step-before-body =
    Ne supprime ni la photo, ni la conversation, ni ton compte. Laisse tout où c’est : la police et les applis peuvent en avoir besoin.

    N’envoie pas la photo et ne la montre à personne, même pour demander de l’aide. Un adulte, la police ou un service de retrait s’en occupera.

guide-young-removal-step-platforms-title = Signale les photos sur l’appli
guide-young-removal-step-platforms-body =
    Signale chaque publication et le compte, avec le bouton de signalement de l’appli ou son formulaire en ligne. Dis que tu as moins de 18 ans, même si ton profil indique un autre âge. Les applis doivent retirer les photos sexuelles de mineurs : elles sont illégales.

    Les boutons ci-dessous ouvrent des pages web : il faut une connexion internet.

guide-young-removal-step-take-it-down-title = Take It Down (partout dans le monde)
guide-young-removal-step-take-it-down-body =
    Take It Down, un service du NCMEC, peut empêcher une photo de circuler sur les applis qui y participent, même avant qu’elle soit publiée. C’est gratuit, et tu n’as pas à donner ton nom.

    Tu l’utilises sur le téléphone qui a déjà la photo, de préférence avec un adulte de confiance. Il transforme la photo en un code, une sorte d’empreinte, et seul ce code est envoyé. La photo reste sur ton téléphone.

    Il concerne les photos prises avant tes 18 ans. Il ne voit pas le contenu des messageries chiffrées, et il peut manquer des copies retouchées.

guide-young-removal-step-report-remove-title = Report Remove (Royaume-Uni)
guide-young-removal-step-report-remove-body =
    Au Royaume-Uni, Childline et l’Internet Watch Foundation (IWF) proposent Report Remove aux moins de 18 ans. Tu envoies la photo uniquement par la page sécurisée de l’IWF, et à personne d’autre.

    À partir de 13 ans, tu prouves ton âge avec Yoti. Un compte Childline te donne du soutien et te dit le résultat.

guide-young-removal-step-where-you-live-title = L’aide là où tu vis
guide-young-removal-step-where-you-live-body =
    Au Canada, AidezMoiSVP.ca (NeedHelpNow.ca en anglais) explique comment faire retirer des photos, appli par appli. En France, le 3018 peut faire retirer des publications rapidement. En Belgique, Child Focus aide aussi.

    Le service de signalement de ton pays est sur l’écran des lignes d’aide. Une ligne d’aide peut faire ces démarches avec toi.

guide-young-removal-step-expect-title = À quoi t’attendre
guide-young-removal-step-expect-body =
    Ça peut prendre du temps, et personne ne peut promettre que toutes les copies disparaîtront. Mais on peut en faire retirer beaucoup, et chaque signalement rend plus difficile pour cette personne de faire d’autres victimes.

    Tiens bon, et continue à en parler avec un adulte de confiance.

## Guide : young-shared — la photo a déjà été publiée, ou envoyée à des gens que le jeune connaît

guide-young-shared-title = Ma photo a déjà été publiée, ou envoyée à des gens que je connais
guide-young-shared-summary = Quelqu’un a publié ta photo, ou l’a envoyée à tes amis, à ta famille ou à ton école. Ce n’est pas ta faute, et tu peux agir dès maintenant.

guide-young-shared-step-not-your-fault-title = Ce n’est pas ta faute
guide-young-shared-step-not-your-fault-body =
    L’apprendre, c’est un choc. Tu as fait confiance, ou tu t’es fait piéger. La personne qui l’a partagée a enfreint la loi, pas toi.

    Si tu penses à te faire du mal, appelle tout de suite une ligne d’écoute. Tu comptes bien plus que n’importe quelle photo.

guide-young-shared-step-keep-proof-title = Ne supprime rien pour l’instant
guide-young-shared-step-keep-proof-body =
    Fais des captures d’écran des publications, des pseudos et des liens, sans la photo. Puis laisse tout où c’est.

    N’envoie pas la photo et ne la montre à personne, même pour demander de l’aide.

guide-young-shared-step-report-title = Signale la photo, et fais-la retirer
guide-young-shared-step-report-body =
    Signale chaque publication et le compte sur l’appli, et dis que tu as moins de 18 ans. Les applis doivent retirer les photos sexuelles de mineurs.

    Des services de retrait peuvent aussi empêcher les copies de circuler. Le guide ci-dessous explique comment.

guide-young-shared-step-people-title = Les personnes qui l’ont reçue
guide-young-shared-step-people-body =
    Demande aux personnes qui l’ont reçue de la supprimer et de ne pas la faire circuler. Un ami, une amie ou un adulte peut le demander à ta place.

    Si le maître chanteur écrit à tes amis ou à ta famille, tu peux les prévenir d’abord. Envoie un message court : quelqu’un essaie de t’arnaquer, alors il ne faut ni ouvrir ni partager ce qu’ils reçoivent.

guide-young-shared-step-adults-title = Préviens un adulte, l’école et la police
guide-young-shared-step-adults-body =
    Parles-en aujourd’hui à un adulte de confiance. Si la photo circule dans ton établissement, l’école peut agir : préviens la personne chargée de protéger les élèves (en France, le chef d’établissement).

    Partager une photo sexuelle d’une personne de moins de 18 ans est un délit. La police peut agir, et c’est toi qu’elle considérera comme la victime.

## Guide : young-known — l’auteur est quelqu’un de l’école, un ou une ex, un ami

guide-young-known-title = C’est quelqu’un que je connais
guide-young-known-summary = Quand la personne qui te menace est de ton école, un ou une ex, ou quelqu’un que tu connais dans la vraie vie.

guide-young-known-step-dont-confront-title = Ne l’affronte pas, ne négocie pas
guide-young-known-step-dont-confront-body =
    Environ une jeune victime sur trois connaît la personne : quelqu’un de sa classe, un ou une ex, l’ami d’un ami. C’est quand même du chantage, et ce n’est toujours pas ta faute.

    Ne l’affronte pas, ne discute pas, ne passe pas de marché, ni directement ni par des amis. Arrête de répondre, et bloque cette personne après l’étape suivante.

guide-young-known-step-keep-evidence-title = Garde des preuves, sans risque
guide-young-known-step-keep-evidence-body =
    Fais des captures d’écran des messages, de son profil et de ses demandes, sans aucune photo dessus. Si la photo est dans la conversation, laisse ce passage à un adulte ou à la police. Ne supprime rien.

    Note ce que tu sais sur cette personne : son nom, comment tu la connais, les dates, qui d’autre pourrait être impliqué. Mon dossier garde tout ça en privé, en texte seulement.

guide-young-known-step-tell-school-title = Parles-en à un adulte, et à l’école
guide-young-known-step-tell-school-body =
    Dans chaque établissement, quelqu’un est chargé de protéger les élèves. En France, c’est le chef d’établissement au collège ou au lycée, et le directeur ou la directrice à l’école primaire. Cette personne doit agir, et elle peut te protéger à l’école.

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
    Arrête de répondre, ne paie pas, n’envoie rien. Garde des captures d’écran des messages et du profil, sans aucune photo dessus, puis signale et bloque le compte. Ne supprime rien.

    Parles-en à un adulte de confiance. Tout le guide « Quelqu’un me menace » vaut aussi pour toi.

guide-young-fake-step-take-it-down-title = Take It Down marche aussi pour les fausses images
guide-young-fake-step-take-it-down-body =
    Meta conseille de signaler une image créée par l’IA à l’appli et de la soumettre à Take It Down. Take It Down fonctionne depuis l’appareil qui a déjà la photo, et seul un code fabriqué à partir d’elle est envoyé.

    Si la fausse photo n’est que dans sa conversation, ne l’enregistre pas et ne la copie pas pour utiliser l’outil. Demande à un adulte, à la police ou à une ligne d’aide quoi faire.

## Guide : young-forwarded — le jeune a fait circuler la photo de quelqu’un, ou un maître chanteur
## l’a poussé à obtenir des photos d’autres jeunes. Ce que dit la loi, et l’aide ; sans reproche.

guide-young-forwarded-title = J’ai fait circuler la photo de quelqu’un
guide-young-forwarded-summary = Tu as transféré la photo dénudée de quelqu’un, ou un maître chanteur a fait pression sur toi pour obtenir des photos d’autres jeunes. Ce que dit la loi, et comment trouver de l’aide.

guide-young-forwarded-step-stop-title = Arrête maintenant
guide-young-forwarded-step-stop-body =
    Si tu as transféré la photo de quelqu’un, ne l’envoie plus, et ne demande de photos à personne, quoi qu’on te dise. Si un maître chanteur fait pression sur toi pour obtenir des photos d’autres jeunes, arrête de lui répondre.

    T’arrêter maintenant et demander de l’aide, c’est ce qu’il faut faire, même si tu as peur de la suite.

guide-young-forwarded-step-law-title = Ce que dit la loi
guide-young-forwarded-step-law-body =
    Partager une photo sexuelle d’une personne de moins de 18 ans est interdit par la loi dans de nombreux pays, même entre jeunes, même pour rire. Ça peut faire beaucoup de mal à la personne sur la photo.

    La police ne traite pas les jeunes comme des adultes. Elle regarde ce qui s’est passé et pourquoi, et elle pense aux effets d’une procédure sur l’avenir d’un jeune.

    Si un maître chanteur t’a forcé la main, par la pression ou les menaces, tu es victime de son délit. Te faire obtenir des photos d’autres jeunes en fait partie.

guide-young-forwarded-step-the-picture-title = Que faire de la photo
guide-young-forwarded-step-the-picture-body =
    Ne l’ouvre plus, et ne la montre à personne. Parles-en à un adulte de confiance, et signale-la sur l’appli.

    Si c’est quelqu’un de ton âge qui te l’a envoyée, supprime la photo de ton téléphone une fois qu’un adulte est au courant et qu’elle est signalée. Si un maître chanteur est en jeu, ne supprime rien : la police te dira quoi faire.

guide-young-forwarded-step-help-them-title = Aide la personne sur la photo
guide-young-forwarded-step-help-them-body =
    Demande aux personnes à qui tu l’as envoyée de la supprimer et de ne pas la faire circuler.

    La personne sur la photo peut la faire retirer avec Take It Down ou Report Remove. Un adulte peut la prévenir, si tu n’y arrives pas.

guide-young-forwarded-step-get-help-title = Tu peux quand même demander de l’aide
guide-young-forwarded-step-get-help-body =
    Une ligne d’écoute peut t’écouter sans connaître ton nom, et t’aider à décider quoi faire.

    Si un maître chanteur est derrière tout ça, préviens la police. Ce qu’il t’a fait faire, c’est son délit à lui.

## Guide : young-police — ce qui se passe quand on va voir la police

guide-young-police-title = Aller voir la police
guide-young-police-summary = Tu es la victime, pas un suspect. Quoi apporter, et qui peut venir avec toi.

guide-young-police-step-victim-title = Tu es la victime, pas un suspect
guide-young-police-step-victim-body =
    Le chantage, c’est un délit commis contre toi. Les consignes de la police et de la protection de l’enfance le disent : quand une personne mineure est menacée ou forcée, c’est elle la victime, et elle n’a rien fait de mal.

    La police est là pour te protéger, pas pour te juger. Aucun détail n’est trop petit pour être raconté.

guide-young-police-step-what-to-bring-title = Quoi apporter
guide-young-police-step-what-to-bring-body =
    Apporte ce que tu as gardé. N’apporte pas et ne montre pas la photo elle-même, et ne la supprime pas : la police sait comment s’en occuper.
guide-young-police-step-what-to-bring-point-screenshots = Des captures d’écran des messages et des menaces, sans la photo.
guide-young-police-step-what-to-bring-point-accounts = Ses pseudos et les liens vers ses profils.
guide-young-police-step-what-to-bring-point-payment = La preuve de chaque paiement : le montant, la date, le destinataire.
guide-young-police-step-what-to-bring-point-dates = Quand ça a commencé, et ce qui s’est passé, dans l’ordre. Tes notes dans Mon dossier t’aideront.

guide-young-police-step-with-an-adult-title = Quelqu’un peut venir avec toi
guide-young-police-step-with-an-adult-body =
    Un parent ou un autre adulte de confiance peut t’accompagner. Tu peux demander à parler à un enquêteur ou une enquêtrice spécialisés dans les violences faites aux mineurs.

    En France, une victime mineure peut porter plainte seule, ou avec un adulte de confiance de son choix. Un tchat de la police et de la gendarmerie pour les moins de 18 ans répond jour et nuit ; il faut une connexion internet. Au Canada, la police peut t’aider sans en parler à tes parents.

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

    Signale-la sur l’appli et parles-en à un adulte de confiance. Une fois l’adulte au courant, supprime la photo de ton téléphone.

guide-young-friend-step-first-steps-title = Les premières étapes, ensemble
guide-young-friend-step-first-steps-body =
    Aide ton ami ou ton amie à arrêter de répondre, à ne pas payer et à ne plus rien envoyer. Propose ton aide pour garder des captures d’écran des messages et du profil, sans la photo, puis pour signaler et bloquer le compte.

    Si la photo est dans la conversation, ne la fais pas défiler : laisse ce passage à un adulte. Rappelle-lui que le délai est une technique de pression. Il y a le temps.

guide-young-friend-step-adult-title = Fais appel à un adulte
guide-young-friend-step-adult-body =
    Encourage ton ami ou ton amie à en parler à un adulte de confiance. Propose de l’accompagner.

    S’il est question de se faire du mal, ne garde pas le secret, même si on te le demande. Préviens un adulte tout de suite, ou appelle une ligne d’écoute de crise.

guide-young-friend-step-you-too-title = Prends soin de toi aussi
guide-young-friend-step-you-too-body =
    Aider quelqu’un dans cette situation, c’est lourd. Toi aussi, tu peux appeler une ligne d’écoute pour parler de ce que tu ressens.

## Guide : young-adult — pour quelqu’un de 18 ans ou plus : StopNCII.org, et les lignes pour adultes

guide-young-adult-title = J’ai 18 ans ou plus
guide-young-adult-summary = Le chantage marche de la même façon à tout âge. Ce qui change : StopNCII.org pour les photos prises depuis tes 18 ans, et les lignes pour adultes.

guide-young-adult-step-same-steps-title = Les premières étapes sont les mêmes
guide-young-adult-step-same-steps-body =
    Arrête de répondre, ne paie pas et n’envoie plus rien. Ne supprime rien. Garde des captures d’écran des menaces et du profil, sans la photo, puis signale et bloque le compte.

    C’est un délit à tout âge, et ce n’est pas ta faute. Des personnes de tous les âges sont visées.

guide-young-adult-step-stopncii-title = StopNCII.org pour les photos prises à 18 ans ou plus
guide-young-adult-step-stopncii-body =
    Take It Down concerne les photos prises avant tes 18 ans : tu peux toujours l’utiliser pour celles-là. Pour les photos prises depuis tes 18 ans, utilise StopNCII.org.

    Si quelqu’un menace de partager tes photos, tu peux ouvrir un dossier. Si elles sont déjà en ligne, signale-les d’abord à l’appli, puis ajoute-les. Note ton numéro de dossier et ton code PIN : ils ne peuvent pas être récupérés.

    Comme Take It Down, il fonctionne depuis l’appareil qui a les photos, et elles y restent. Seules les entreprises qui y participent l’utilisent. Il faut une connexion internet.

guide-young-adult-step-report-title = Signale le chantage
guide-young-adult-step-report-body =
    Le chantage est un délit : signale-le à la police. Les boutons ci-dessous appellent la ligne de signalement de ton pays, et une ligne d’écoute de crise si c’est trop lourd.

    Toutes les lignes de ton pays sont sur l’écran des lignes d’aide.

guide-young-adult-step-talk-title = Ne garde pas ça pour toi
guide-young-adult-step-talk-body =
    Parles-en à quelqu’un de confiance : un ami, une amie, ton ou ta partenaire, quelqu’un de ta famille. En parler aide.

    Si tu penses à te faire du mal, appelle tout de suite une ligne d’écoute.

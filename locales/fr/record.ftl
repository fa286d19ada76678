# « Mon dossier » : le relevé privé, verrouillé, en texte seulement, de ce qui s’est passé, et son rapport.
# Chaque message peut recevoir $audience (« young », « parent » ou « staff ») : « tu » pour les
# jeunes, « vous » pour les adultes (la variante par défaut, [other]). Les mots du rapport
# (record-report-*) sont lus par une ligne d’écoute ou la police : ils restent neutres.
# Ne jamais suggérer de garder, d’envoyer ou de montrer une image : le dossier ne contient que du texte.

## L’accueil du dossier : la liste des entrées
record-title = Mon dossier
# Titre de la liste des entrées.
record-list-title =
    { $audience ->
        [young] Ce que tu as noté
       *[other] Ce que vous avez noté
    }
record-intro =
    { $audience ->
        [young] Un endroit privé pour noter ce qui s’est passé : pseudos, liens, dates, ce qu’on t’a demandé. Du texte seulement, gardé sur cet appareil, verrouillé.
       *[other] Un endroit privé pour noter ce qui s’est passé : pseudos, liens, dates, ce qui a été exigé. Du texte seulement, gardé sur cet appareil, verrouillé.
    }
record-text-only = Refuge ne garde que du texte, jamais d’images.
record-list-empty =
    { $audience ->
        [young] Rien pour l’instant. Quand tu veux, note ce dont tu te souviens, même un petit détail.
       *[other] Rien pour l’instant. Quand vous le souhaitez, notez ce dont vous vous souvenez, même un petit détail.
    }
record-list-unreadable = Certaines entrées n’ont pas pu être lues. Les autres sont intactes.
record-damaged =
    { $audience ->
        [young] Une partie de ton dossier est peut-être abîmée. Fais un rapport maintenant pour garder tout ce qui peut encore être lu.
       *[other] Une partie de votre dossier est peut-être abîmée. Faites un rapport maintenant pour garder tout ce qui peut encore être lu.
    }
record-add = Ajouter une entrée
record-edit = Modifier
record-delete = Supprimer
record-save = Enregistrer
record-cancel = Annuler
record-saved = Enregistré.
record-entry-title-new = Nouvelle entrée
record-entry-title-edit = Modifier l’entrée
record-delete-confirm-title = Supprimer cette entrée ?
record-delete-confirm-body =
    { $audience ->
        [young] Elle sera retirée de ton dossier.
       *[other] Elle sera retirée de votre dossier.
    }
record-delete-confirm-yes = Supprimer l’entrée

## Première ouverture : choisir le verrou, et la phrase simple sur ce qu’il protège
record-setup-title =
    { $audience ->
        [young] Verrouiller ton dossier
       *[other] Verrouiller votre dossier
    }
record-setup-intro =
    { $audience ->
        [young] Choisis comment le verrouiller. Tu en auras besoin à chaque fois que tu ouvriras ton dossier.
       *[other] Choisissez comment le verrouiller. Vous en aurez besoin à chaque ouverture de votre dossier.
    }
record-setup-protects =
    { $audience ->
        [young] Les deux verrous empêchent quelqu’un qui prend cet appareil de lire ton dossier dans Refuge : après 5 essais incorrects, chaque nouvel essai doit attendre.
       *[other] Les deux verrous empêchent quelqu’un qui prend cet appareil de lire votre dossier dans Refuge : après 5 essais incorrects, chaque nouvel essai doit attendre.
    }
record-setup-copies = Mais quelqu’un qui copie les fichiers de Refuge sur un ordinateur pourrait y essayer tous les codes PIN jusqu’à trouver le bon. Quatre mots au hasard l’en empêchent aussi. Un code PIN, non.
record-setup-limits =
    { $audience ->
        [young] Aucun verrou ne protège ton dossier s’il est ouvert sur un appareil déverrouillé entre les mains de quelqu’un d’autre, ni si l’appareil contient un logiciel espion. Et les attentes ne freinent que les essais dans Refuge : quelqu’un qui peut modifier ses fichiers, par exemple en remettant une ancienne copie, peut les contourner.
       *[other] Aucun verrou ne protège votre dossier s’il est ouvert sur un appareil déverrouillé entre les mains de quelqu’un d’autre, ni si l’appareil contient un logiciel espion. Et les attentes ne freinent que les essais dans Refuge : quelqu’un qui peut modifier ses fichiers, par exemple en remettant une ancienne copie, peut les contourner.
    }
record-setup-no-recovery =
    { $audience ->
        [young] Si tu oublies tes mots, ta phrase secrète ou ton code PIN, personne ne peut les retrouver, pas même Refuge. La seule solution est d’effacer le dossier et d’en créer un nouveau.
       *[other] Si vous oubliez vos mots, votre phrase secrète ou votre code PIN, personne ne peut les retrouver, pas même Refuge. La seule solution est d’effacer le dossier et d’en créer un nouveau.
    }
record-setup-understood = J’ai compris
record-setup-audience-label = Qui écrit dans ce dossier ?
record-setup-audience-young = Une ou un jeune
record-setup-audience-parent = Un parent ou un proche
record-setup-audience-staff = L’école ou une ligne d’aide
record-setup-choose =
    { $audience ->
        [young] Comment veux-tu le verrouiller ?
       *[other] Comment voulez-vous le verrouiller ?
    }
record-setup-choose-words = Quatre mots au hasard (recommandé)
record-setup-choose-pin = Un code PIN à 6 chiffres
record-setup-choose-passphrase = Ma propre phrase secrète
record-setup-choose-passphrase-hint = Au moins 8 caractères. Quatre mots ou plus que personne ne devinerait protègent une copie des fichiers ; une phrase courte ou connue, non.
record-setup-who-keeps =
    { $audience ->
        [young] Choisis un code que personne d’autre ne connaît : pas celui de ton téléphone, pas une date d’anniversaire. Refuge refuse les dates, les suites et les codes PIN les plus courants.
       *[other] Choisissez un code que personne d’autre ne connaît : pas celui de votre téléphone, pas une date d’anniversaire. Refuge refuse les dates, les suites et les codes PIN les plus courants.
    }
record-setup-pin-label =
    { $audience ->
        [young] Choisis un code PIN à 6 chiffres
       *[other] Choisissez un code PIN à 6 chiffres
    }
record-setup-passphrase-label =
    { $audience ->
        [young] Choisis une phrase secrète
       *[other] Choisissez une phrase secrète
    }
record-setup-words-label =
    { $audience ->
        [young] Tes quatre mots
       *[other] Vos quatre mots
    }
record-setup-words-hint =
    { $audience ->
        [young] Note-les dans un endroit où personne d’autre ne peut les trouver, ou apprends-les par cœur. Tu les taperas, avec une espace entre chacun, pour ouvrir ton dossier.
       *[other] Notez-les dans un endroit où personne d’autre ne peut les trouver, ou apprenez-les par cœur. Vous les taperez, avec une espace entre chacun, pour ouvrir votre dossier.
    }
record-setup-words-new = D’autres mots
record-setup-words-type =
    { $audience ->
        [young] Tape les quatre mots, pour vérifier
       *[other] Tapez les quatre mots, pour vérifier
    }
record-setup-repeat-label = Encore une fois, pour vérifier
record-setup-mismatch =
    { $audience ->
        [young] Les deux ne sont pas pareils. Réessaie.
       *[other] Les deux ne correspondent pas. Réessayez.
    }
record-setup-submit = Verrouiller mon dossier
record-setup-working = Mise en place du verrou… Cela prend quelques secondes.

## Déverrouiller, essais incorrects et attentes
record-unlock-title =
    { $audience ->
        [young] Ton dossier est verrouillé
       *[other] Votre dossier est verrouillé
    }
record-unlock-pin-label =
    { $audience ->
        [young] Ton code PIN
       *[other] Votre code PIN
    }
record-unlock-passphrase-label =
    { $audience ->
        [young] Ta phrase secrète
       *[other] Votre phrase secrète
    }
record-unlock-submit = Déverrouiller
record-unlock-working = Vérification…
record-unlock-wrong =
    { $kind ->
        [pin] Code PIN incorrect.
       *[passphrase] Phrase secrète incorrecte.
    } { $tries ->
        [0] Chaque nouvel essai demande maintenant d’attendre un peu plus.
        [one] Il reste un essai, ensuite il faudra attendre avant de réessayer.
       *[other] Il reste { $tries } essais, ensuite il faudra attendre avant de réessayer.
    }
record-unlock-wait = Trop d’essais incorrects. Nouvel essai possible à { $time }.
record-unlock-wait-why = Rien n’a été effacé. L’attente sert à empêcher quelqu’un de deviner le code dans Refuge. L’écran se met à jour tout seul quand un nouvel essai est possible.
record-unlock-forgot = Code oublié ?
record-unlock-forgot-body =
    { $audience ->
        [young] Personne ne peut retrouver un code PIN ou une phrase secrète oubliés. Tu peux effacer le dossier et en commencer un nouveau, mais ce qu’il contient sera perdu.
       *[other] Personne ne peut retrouver un code PIN ou une phrase secrète oubliés. Vous pouvez effacer le dossier et en commencer un nouveau, mais ce qu’il contient sera perdu.
    }

## Les champs d’une entrée : un intitulé et une aide chacun
record-field-occurred-at-label = Quand c’est arrivé
record-field-occurred-at-hint =
    { $audience ->
        [young] Aussi précisément que tu t’en souviens. Si tu n’y touches pas, ce sera la date et l’heure actuelles.
       *[other] Aussi précisément que vous vous en souvenez. Si vous n’y touchez pas, ce sera la date et l’heure actuelles.
    }
record-field-platform-label = Plateforme ou application
record-field-platform-hint = Par exemple Instagram, Snapchat, TikTok, un jeu.
record-field-account-label = Son pseudo ou le lien de son compte
record-field-account-hint =
    { $audience ->
        [young] Copie-le exactement, lettre par lettre. Le lien vers son profil aide encore plus.
       *[other] Copiez-le exactement, lettre par lettre. Le lien vers son profil aide encore plus.
    }
record-field-demanded-label = Ce qui a été demandé
record-field-demanded-hint =
    { $audience ->
        [young] De l’argent, d’autres photos, autre chose. Ses mots exacts si tu peux.
       *[other] De l’argent, d’autres photos, autre chose. Ses mots exacts si possible.
    }
record-field-payments-label = Montants et références de paiement
record-field-payments-hint =
    { $audience ->
        [young] Montants, codes de cartes cadeaux, numéros de compte, références de paiement. Même si tu n’as rien payé.
       *[other] Montants, codes de cartes cadeaux, numéros de compte, références de paiement. Même si rien n’a été payé.
    }
record-field-threats-label = Menaces
record-field-threats-hint = Ce que la personne a dit qu’elle ferait, et tout délai donné.
record-field-told-label = Qui est au courant
record-field-told-hint = Un parent, un ami ou une amie, l’école, une ligne d’aide, la police.
record-field-report-refs-label = Numéros de signalement ou de dossier
record-field-report-refs-hint = Les numéros donnés par la plateforme, une ligne d’aide ou la police.
record-field-notes-label = Notes
record-field-notes-hint =
    { $audience ->
        [young] Tout ce que tu veux garder en mémoire.
       *[other] Tout ce que vous voulez garder en mémoire.
    }

## Verrouiller
record-lock = Verrouiller maintenant
record-lock-auto =
    { $audience ->
        [young] Ton dossier se verrouille tout seul après 2 minutes sans activité, quand tu réduis ou caches Refuge, et quand tu utilises la sortie rapide.
       *[other] Votre dossier se verrouille de lui-même après 2 minutes sans activité, quand vous réduisez ou cachez Refuge, et quand vous utilisez la sortie rapide.
    }
record-locked =
    { $audience ->
        [young] Ton dossier s’est verrouillé. Déverrouille-le pour continuer.
       *[other] Votre dossier s’est verrouillé. Déverrouillez-le pour continuer.
    }

## Effacer : le dossier seul, ou tout
record-erase-title = Effacer mon dossier
record-erase-body =
    { $audience ->
        [young] Cela efface ton dossier de cet appareil, avec la clé qui le verrouille : ce qui reste de ses fichiers sur le disque ne peut plus être ouvert, même avec ton code. Ça marche même si tu l’as oublié.
       *[other] Cela efface votre dossier de cet appareil, avec la clé qui le verrouille : ce qui reste de ses fichiers sur le disque ne peut plus être ouvert, même avec votre code. Cela fonctionne même si vous l’avez oublié.
    }
record-erase-reach =
    { $audience ->
        [young] Cela n’atteint pas les rapports que tu as enregistrés ou imprimés, ni les sauvegardes de cet appareil : elles gardent ce qui s’y trouvait quand elles ont été faites.
       *[other] Cela n’atteint pas les rapports que vous avez enregistrés ou imprimés, ni les sauvegardes de cet appareil : elles gardent ce qui s’y trouvait quand elles ont été faites.
    }
record-erase-report-first =
    { $audience ->
        [young] Si tu risques d’en avoir besoin plus tard, fais d’abord un rapport.
       *[other] Si vous risquez d’en avoir besoin plus tard, faites d’abord un rapport.
    }
record-erase-confirm-title =
    { $audience ->
        [young] Effacer ton dossier ?
       *[other] Effacer votre dossier ?
    }
record-erase-confirm-yes = Effacer mon dossier
record-erase-done =
    { $audience ->
        [young] Ton dossier a été effacé.
       *[other] Votre dossier a été effacé.
    }
record-erase-everything-title = Tout effacer
record-erase-everything-body = Efface le dossier et les réglages de Refuge sur cet appareil (langue, pays). Refuge redémarrera comme au premier jour.
record-erase-everything-reach = Cela n’atteint pas les rapports enregistrés ou imprimés, ni les sauvegardes de cet appareil.
record-erase-everything-confirm-title = Tout effacer ?
record-erase-everything-confirm-yes = Tout effacer
record-erase-everything-cancel = Tout garder
record-erase-everything-done = Tout a été effacé.

## Faire un rapport, imprimer
record-export-title = Faire un rapport
record-export-intro =
    { $audience ->
        [young] Un rapport reprend tes entrées dans l’ordre où les choses se sont passées, pour le donner à une ligne d’aide ou à la police.
       *[other] Un rapport reprend vos entrées dans l’ordre où les choses se sont passées, pour le remettre à une ligne d’aide ou à la police.
    }
record-export-warning =
    { $audience ->
        [young] Le rapport n’est pas verrouillé : toute personne qui ouvre le fichier peut le lire. Enregistre-le dans un endroit auquel personne d’autre n’a accès, et supprime-le une fois que tu l’as remis.
       *[other] Le rapport n’est pas verrouillé : toute personne qui ouvre le fichier peut le lire. Enregistrez-le dans un endroit auquel personne d’autre n’a accès, et supprimez-le une fois que vous l’avez remis.
    }
record-print-warning =
    { $audience ->
        [young] L’impression n’est pas verrouillée, pas plus qu’un fichier enregistré depuis la fenêtre d’impression (« Imprimer dans un fichier »). Garde-la dans un endroit auquel personne d’autre n’a accès, et détruis-la une fois que tu l’as remise.
       *[other] L’impression n’est pas verrouillée, pas plus qu’un fichier enregistré depuis la fenêtre d’impression (« Imprimer dans un fichier »). Gardez-la dans un endroit auquel personne d’autre n’a accès, et détruisez-la une fois que vous l’avez remise.
    }
record-export-text = Enregistrer en texte
record-export-pdf = Enregistrer en PDF
record-export-print = Imprimer
record-export-done = Rapport enregistré.

## Le rapport lui-même, lu par une ligne d’écoute ou la police
record-report-title = Relevé de ce qui s’est passé
record-report-made = Rapport établi le { $when }
record-report-intro = Écrit dans l’application Refuge par la personne concernée, ou par quelqu’un qui l’aide. Les entrées sont dans l’ordre où les faits se sont produits, telles qu’elles ont été écrites.
record-report-count =
    { $count ->
        [one] { $count } entrée
       *[other] { $count } entrées
    }
record-report-unreadable =
    { $count ->
        [one] { $count } entrée n’a pas pu être lue et ne figure pas dans ce rapport.
       *[other] { $count } entrées n’ont pas pu être lues et ne figurent pas dans ce rapport.
    }
record-report-entry = Entrée { $n } — { $when }
record-report-when = { $date } à { $time } (UTC{ $offset })
record-report-written = Écrite le { $written }
record-report-written-changed = Écrite le { $written }, modifiée le { $changed }
record-report-page = Page { $page } sur { $pages }

## Ce que le dossier dit pour chaque code d’erreur (record-error-<code>)
record-error-input-too-long =
    { $audience ->
        [young] C’est trop long pour être enregistré. Tu peux le répartir sur deux entrées.
       *[other] C’est trop long pour être enregistré. Vous pouvez le répartir sur deux entrées.
    }
record-error-invalid-input =
    { $audience ->
        [young] Certains caractères ne peuvent pas être enregistrés. Essaie de taper le texte au lieu de le coller.
       *[other] Certains caractères ne peuvent pas être enregistrés. Essayez de saisir le texte au lieu de le coller.
    }
record-error-invalid-date =
    { $audience ->
        [young] Cette date ne marche pas. Choisis-la de nouveau.
       *[other] Cette date n’est pas valide. Choisissez-la de nouveau.
    }
record-error-unknown-entry = Cette entrée n’existe plus.
record-error-record-corrupt = Cette entrée ne peut pas être lue. Les autres sont intactes.
record-error-record-locked =
    { $audience ->
        [young] Ton dossier s’est verrouillé. Déverrouille-le pour continuer.
       *[other] Votre dossier s’est verrouillé. Déverrouillez-le pour continuer.
    }
record-error-record-not-created =
    { $audience ->
        [young] Ton dossier n’est pas encore en place.
       *[other] Votre dossier n’est pas encore en place.
    }
record-error-record-exists =
    { $audience ->
        [young] Ton dossier est déjà en place.
       *[other] Votre dossier est déjà en place.
    }
record-error-invalid-secret = Un code PIN a exactement 6 chiffres ; une phrase secrète, au moins 8 caractères.
record-error-weak-secret =
    { $audience ->
        [young] Ce code PIN est trop facile à deviner : c’est une date, une suite ou l’un des codes les plus courants. Choisis-en un autre, ou prends quatre mots au hasard.
       *[other] Ce code PIN est trop facile à deviner : c’est une date, une suite ou l’un des codes les plus courants. Choisissez-en un autre, ou prenez quatre mots au hasard.
    }
record-error-wrong-secret = Code PIN ou phrase secrète incorrects.
record-error-locked-out =
    { $audience ->
        [young] Trop d’essais incorrects. Attends un moment avant de réessayer.
       *[other] Trop d’essais incorrects. Attendez un moment avant de réessayer.
    }
record-error-storage =
    { $audience ->
        [young] Refuge ne peut pas lire ou écrire ton dossier sur cet appareil pour le moment. Rien n’a été effacé.
       *[other] Refuge ne peut pas lire ou écrire votre dossier sur cet appareil pour le moment. Rien n’a été effacé.
    }
record-error-storage-busy =
    { $audience ->
        [young] Un autre programme utilise ton dossier. Ferme ce programme, puis réessaie.
       *[other] Un autre programme utilise votre dossier. Fermez ce programme, puis réessayez.
    }
record-error-storage-newer-version =
    { $audience ->
        [young] Ton dossier a été créé par une version plus récente de Refuge. Mets Refuge à jour pour l’ouvrir. Il n’a pas été modifié.
       *[other] Votre dossier a été créé par une version plus récente de Refuge. Mettez Refuge à jour pour l’ouvrir. Il n’a pas été modifié.
    }
record-error-storage-corrupt =
    { $audience ->
        [young] Ton dossier est abîmé et ne peut pas être ouvert. Il a été laissé exactement tel quel.
       *[other] Votre dossier est abîmé et ne peut pas être ouvert. Il a été laissé exactement tel quel.
    }
record-error-storage-key-file =
    { $audience ->
        [young] Le fichier de clé de ton dossier manque ou est abîmé : ton dossier ne peut pas être ouvert. Rien n’a été effacé ni déplacé. Si tu remets une copie de ton dossier, remets aussi son fichier journal.key.
       *[other] Le fichier de clé de votre dossier manque ou est abîmé : votre dossier ne peut pas être ouvert. Rien n’a été effacé ni déplacé. Si vous remettez une copie de votre dossier, remettez aussi son fichier journal.key.
    }
record-error-erase-incomplete =
    { $audience ->
        [young] Certains fichiers n’ont pas pu être supprimés. Redémarre l’appareil et réessaie.
       *[other] Certains fichiers n’ont pas pu être supprimés. Redémarrez l’appareil et réessayez.
    }
record-error-crypto =
    { $audience ->
        [young] Cet appareil n’a pas pu verrouiller ou déverrouiller ton dossier (il manque peut-être de mémoire). Ferme d’autres applications et réessaie. Rien n’a été effacé.
       *[other] Cet appareil n’a pas pu verrouiller ou déverrouiller votre dossier (il manque peut-être de mémoire). Fermez d’autres applications et réessayez. Rien n’a été effacé.
    }

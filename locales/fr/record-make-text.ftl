# « Faire un texte de signalement » dans Mon dossier (ui/src/components/record/ReportText.svelte).
# Les mots du texte lui-même sont dans report-text.ftl. Chaque message peut recevoir $audience
# (« young » : tu ; « parent » ou « staff » : vous, la variante par défaut [other]).

record-make-text-title = Faire un texte de signalement
record-make-text-intro =
    { $audience ->
        [young] Transforme tes entrées en texte à coller dans un formulaire de signalement, ou à donner à la police, à l’école ou à une ligne d’aide. Il ne contient que ce que tu as écrit, jamais d’image.
       *[other] Transformez vos entrées en texte à coller dans un formulaire de signalement, ou à donner à la police, à l’école ou à une ligne d’aide. Il ne contient que ce que vous avez écrit, jamais d’image.
    }
record-make-text-shape-label = Pour qui ?
record-make-text-shape-platform = Le formulaire de signalement de l’application (court)
record-make-text-shape-police = La police (tout, dans l’ordre)
record-make-text-shape-school = L’établissement scolaire
record-make-text-shape-helpline = Une ligne d’aide
record-make-text-payments = Inclure les paiements et leurs références
record-make-text-under-18 = Dire que j’ai moins de 18 ans
record-make-text-make = Faire le texte
record-make-text-text-label = Le texte de signalement
record-make-text-clipboard =
    { $audience ->
        [young] Copier met le texte dans le presse-papiers, où les autres applications de cet appareil peuvent le lire. Refuge vide le presse-papiers au bout de 2 minutes s’il contient encore ce texte, et aussi quand Mon dossier se verrouille ou quand tu utilises la sortie rapide.
       *[other] Copier met le texte dans le presse-papiers, où les autres applications de cet appareil peuvent le lire. Refuge vide le presse-papiers au bout de 2 minutes s’il contient encore ce texte, et aussi quand Mon dossier se verrouille ou quand vous utilisez la sortie rapide.
    }
record-make-text-copy = Copier le texte
record-make-text-copied = Copié. Le presse-papiers sera vidé dans 2 minutes s’il contient encore ce texte.
record-make-text-save = Enregistrer dans un fichier
record-make-text-saved = Enregistré.
record-make-text-save-warning =
    { $audience ->
        [young] Le fichier n’est pas verrouillé : qui l’ouvre peut le lire. Enregistre-le là où personne d’autre n’y a accès, et supprime-le une fois utilisé.
       *[other] Le fichier n’est pas verrouillé : qui l’ouvre peut le lire. Enregistrez-le là où personne d’autre n’y a accès, et supprimez-le une fois utilisé.
    }
record-error-clipboard =
    { $audience ->
        [young] Refuge n’a pas pu copier le texte : le presse-papiers l’a refusé. Le texte est toujours à l’écran : sélectionne-le et copie-le à la main, ou enregistre-le.
       *[other] Refuge n’a pas pu copier le texte : le presse-papiers l’a refusé. Le texte est toujours à l’écran : sélectionnez-le et copiez-le à la main, ou enregistrez-le.
    }

# « Faire un texte de signalement » (core/src/journal/report_text.rs) : les mots du texte lui-même,
# lu par la modération d’une plateforme, la police, l’école ou une ligne d’aide, écrit à la première
# personne par qui tient le dossier. Chaque message peut recevoir $audience (« young »,
# « parent » ou « staff » ; la variante par défaut, [other], vouvoie).

report-text-made = Écrit avec l’application Refuge le { $when }.
report-text-platform-title = Signalement : sextorsion (menaces de diffuser des images intimes, et une demande)
report-text-police-title = Ce qui s’est passé, dans l’ordre, d’après mon dossier
report-text-school-title = Ce qui s’est passé, dans l’ordre, pour l’établissement scolaire
report-text-helpline-title = Ce qui m’arrive, pour une ligne d’aide
report-text-field-platform = Plateforme :
report-text-field-account = Compte :
report-text-field-demanded = Ce qui a été demandé :
report-text-field-threats = Menace :
report-text-field-notes = Notes :
report-text-dates = Dates : du { $first } au { $last } ({ $count ->
    [one] une entrée
   *[other] { $count } entrées
    }).
report-text-under-18 = J’ai moins de 18 ans.
report-text-platform-ask = Merci de supprimer ce compte et ses messages, et de conserver ce que vous avez sur lui pour la police.
report-text-entries = Entrées :
report-text-entry = { $n }. { $when }
report-text-section-payments = Paiements et leurs références :
report-text-section-told = Qui est au courant :
report-text-section-report-refs = Numéros de signalement et de dossier :
report-text-need-now = Ce dont j’ai besoin maintenant :
report-text-notice-cut =
    { $audience ->
        [young] Certains champs étaient très longs : le texte garde leur début et marque la coupure par […]. Ton dossier n’a pas changé.
       *[other] Certains champs étaient très longs : le texte garde leur début et marque la coupure par […]. Votre dossier n’a pas changé.
    }
report-text-notice-cleaned =
    { $audience ->
        [young] Des caractères invisibles ou de contrôle ne pouvaient pas aller dans le texte : ils sont remplacés par �. Ton dossier n’a pas changé.
       *[other] Des caractères invisibles ou de contrôle ne pouvaient pas aller dans le texte : ils sont remplacés par �. Votre dossier n’a pas changé.
    }

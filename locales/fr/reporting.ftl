# « Signaler là où ça se passe » : les écrans autour des guides par application et des fiches
# « J’ai déjà payé » (core/src/reporting). Lus par un ou une jeune, un ami ou un parent : le
# français ne s’adresse à personne en particulier (infinitifs).

reporting-platforms-title = Où ça se passe ?
reporting-platforms-intro = Choisir l’application. Son guide dit sur quels boutons appuyer pour signaler le compte, dire qu’on a moins de 18 ans, le bloquer après avoir gardé des preuves, et protéger son propre compte.
reporting-platforms-other = Une autre application
reporting-platforms-other-hint = Les étapes générales, pour toute application
reporting-stale = Cette page a été vérifiée il y a plus de { $days } jours : les menus de l’application ont pu changer depuis. Chercher les mêmes mots à côté.
reporting-basis-secondary = Cette étape vient d’une autre page que celle de la plateforme (voir sa source).
# Comment une étape cite une page : qui l’a publiée et sa date (ou le jour où elle a été lue).
reporting-citation = { $publisher } ({ $date })
reporting-sources-title = Sources
reporting-source-official = page de la plateforme ou du service lui-même
reporting-payments-title = Déjà payé
reporting-payments-intro = Choisir comment l’argent a été envoyé. Chaque fiche dit quoi faire dans la première heure, comment le signaler et quoi garder. Ils redemanderont : ne pas payer plus.
reporting-payments-common = Courants dans le pays choisi : { $country }
reporting-payments-others = Autres moyens de paiement
reporting-payments-all = Moyens de paiement
reporting-payments-other = Un autre moyen de paiement
reporting-payments-other-hint = L’étape générale, pour tout paiement

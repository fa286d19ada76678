# Libellés des boutons. Partagés entre tous les publics : formulation neutre (infinitifs),
# ni « tu » ni « vous ».

## Appels et SMS : la ligne du pays pour cet usage (choisie par Rust, jamais par l’interface)

action-call-help = Appeler à l’aide
action-call-sextortion = Appeler la ligne d’aide sextorsion
action-call-child-protection = Appeler la protection de l’enfance
action-call-crisis = Appeler une ligne d’écoute de crise
action-call-reporting = Appeler la ligne de signalement
action-call-parents = Appeler la ligne d’aide aux parents
action-call-emergency = Appeler le numéro d’urgence
action-text-help = Demander de l’aide par SMS
action-text-sextortion = Écrire par SMS à la ligne d’aide sextorsion
action-text-child-protection = Écrire par SMS à la protection de l’enfance
action-text-crisis = Écrire par SMS à une ligne d’écoute de crise
action-text-reporting = Écrire par SMS à la ligne de signalement
action-text-parents = Écrire par SMS à la ligne d’aide aux parents
action-text-emergency = Écrire par SMS au numéro d’urgence

## Pages web : les seules actions qui demandent une connexion

action-link-facebook-report = Facebook : formulaire de signalement (web)
action-link-instagram-report = Instagram : formulaire de signalement (web)
action-link-tiktok-report = TikTok : signaler un problème (web, en anglais)
action-link-tiktok-report-fr = TikTok : signaler un problème (web, en français)
action-link-snapchat-report = Snapchat : signaler un problème de sécurité (web)
action-link-take-it-down = Ouvrir Take It Down (web)
action-link-stopncii = Ouvrir StopNCII.org (web, 18 ans et plus)
action-link-report-remove = Ouvrir Report Remove (web)
action-link-needhelpnow = Ouvrir NeedHelpNow.ca (web, en anglais)
action-link-aidezmoisvp = Ouvrir AidezMoiSVP.ca (web, en français)
action-link-e-enfance-3018 = Ouvrir le site du 3018 (web)
action-link-child-focus = Ouvrir Child Focus (web)
action-link-pharos = Signaler sur Pharos (web)
action-link-police-minors-fr = Tchat de la police pour les moins de 18 ans (web)

## Autres écrans de l’application

action-screen-triage = Vérifier l’urgence
action-screen-helplines = Voir toutes les lignes d’aide
action-screen-ten-minute-check = Vérifier une demande d’ami
action-screen-sources = Voir les sources
action-screen-record = Le noter dans Mon dossier
action-screen-platforms = Où ça se passe ? Choisir l’application
action-screen-payments = Déjà payé : que faire selon le moyen de paiement

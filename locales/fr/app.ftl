## Le cadre de l'app : nom, langue, sortie rapide, navigation, avis.
app-name = Refuge
app-tagline = De l’aide face au chantage et aux menaces en ligne. Fonctionne sans Internet.
app-language-name = Français
ui-language-label = Langue
ui-quick-exit = Sortie rapide
ui-quick-exit-hint = Ferme Refuge tout de suite. La touche Échap fait la même chose.
ui-back = Retour
ui-home = Accueil
ui-sources-label = Source :
ui-loading = Chargement…
ui-recovery-moved-aside = Les réglages enregistrés étaient abîmés : Refuge a démarré avec ses réglages par défaut. L’ancien fichier a été mis de côté, pas supprimé.
ui-recovery-in-memory = Refuge ne peut pas enregistrer de réglages sur cet appareil : les choix durent jusqu’à la fermeture.
ui-recovery-newer-version = Les réglages ont été enregistrés par une version plus récente de Refuge. Ils n’ont pas été touchés ; cette version utilise ses réglages par défaut jusqu’à la fermeture.
ui-recovery-busy = Les réglages de Refuge sont utilisés par une autre fenêtre. Cette fenêtre utilise ses réglages par défaut jusqu’à la fermeture.
ui-recovery-unavailable = Refuge ne peut pas lire ses réglages sur cet appareil pour l’instant. Ils n’ont pas été touchés ; cette fenêtre utilise ses réglages par défaut.
route-reason-no-country = Aucun pays choisi pour l’instant : le 112 est le numéro d’urgence en Europe et dans beaucoup d’autres pays ; ailleurs, appeler le numéro d’urgence local.
ui-retry = Réessayer
ui-choose-country-first = Choisir d’abord le pays, pour que ce bouton appelle la bonne ligne.
ui-country-search-placeholder = Taper le nom d’un pays
# Combien de pays le sélecteur a trouvés, pour les lecteurs d’écran.
ui-country-results = { $count ->
    [one] { $count } pays
   *[other] { $count } pays
}
ui-country-none = Aucun pays de ce nom. Choisir « Autre pays » pour voir les lignes qui marchent partout.
ui-unconfirmed = (une seule source)
ui-contact-no-browser = Si aucune page ne s’ouvre, cet appareil n’a peut-être pas de connexion Internet.
ui-contact-silent = Impossible de parler maintenant ? Joindre cette ligne sans parler :
ui-helplines-other-country = Voir un autre pays
ui-discreet-title = Mode discret
ui-discreet-body = Une personne qui prend cet appareil ne voit que « Notes » : rien sur le premier écran ni dans le titre de la fenêtre n’indique à quoi sert Refuge. L’appel à l’aide et la sortie rapide restent accessibles en un seul geste.
ui-discreet-toggle = Utiliser le mode discret
ui-print = Imprimer
# Entre deux faits sur une ligne (l’éditeur et la date d’une source, le coût et les langues d’une ligne).
ui-separator = {" · "}

## Écran d'accueil
home-doors-heading = Qui a besoin d’aide ?
home-door-young-title = Je suis jeune et quelqu’un me menace
home-door-young-hint = Que faire maintenant, étape par étape.
home-door-parent-title = Je suis parent
home-door-parent-hint = Parler avec votre enfant, les signes d’alerte, faire retirer des images.
home-door-staff-title = Je travaille avec des jeunes
home-door-staff-hint = Personnel scolaire et bénévoles d’écoute : que faire quand un jeune ou un parent vous contacte.
home-prevention-heading = Avant que quelque chose n’arrive
home-ten-minute = La règle des dix minutes
home-sources = Sources
home-words = Comprendre les mots
home-door-triage-parent = Que faire maintenant : quelle urgence ?
home-door-triage-parent-hint = Quelques questions, puis un niveau d’urgence clair et les appels à passer.
home-door-triage-staff = Premier contact : liste de vérification
home-door-triage-staff-hint = Les questions sur le risque immédiat et les signaux d’alarme, avec un résumé à relire ou imprimer.
home-record = Mon dossier
home-record-hint = Un espace privé et verrouillé pour noter ce qui s’est passé. Du texte seulement, gardé sur cet appareil.
sources-guides-heading = D’où viennent les conseils
sources-helplines-heading = Où chaque ligne d’aide a été vérifiée
home-settings = Réglages
discreet-title = Notes
discreet-more = Plus
discreet-call = Appeler le { $number }

## Une porte dont les guides sont en cours d'écriture

## Appel à l'aide, pays, panneau d'appel
home-country-label = Pays :
home-all-helplines = Toutes les lignes d’aide
home-choose-country = Choisir le pays, pour que Refuge appelle la bonne ligne d’aide
ui-contact-no-dialer = Si aucun appel ne démarre sur cet appareil, composer ce numéro depuis un téléphone.
ui-contact-copy = Copier le numéro
ui-contact-copied = Copié
ui-contact-close = Fermer
ui-helplines-title = Lignes d’aide
ui-helplines-country = Pays
ui-helplines-make-mine = Utiliser ce pays à partir de maintenant
ui-related = Autres guides

## Recherche
search-title = Recherche
search-label = Chercher dans les guides
search-placeholder = Chercher : chantage, payer, photos…
search-button = Chercher
search-no-results = Rien trouvé. Essayer un autre mot, ou appeler une ligne d’aide.

## Erreurs, par code : ce que la personne lit quand quelque chose échoue (jamais le message brut)
error-invalid-locale = Cette langue n’est pas disponible. Refuge reste dans sa langue actuelle.
error-unknown-locale = Cette langue n’est pas disponible. Refuge reste dans sa langue actuelle.
error-unknown-guide = Ce guide est introuvable. Revenir en arrière et en choisir un autre.
error-unknown-country = Ce pays n’est pas dans Refuge. En choisir un autre, ou « Autre pays ».
error-unknown-helpline = Cette ligne est introuvable. Choisir une autre ligne sur l’écran « Lignes d’aide ».
error-link-not-allowed = Refuge n’ouvre pas cette page.
error-no-such-channel = Cette ligne ne se joint pas de cette façon. Essayer ses autres boutons.
error-input-too-long = C’est trop long. Raccourcir puis réessayer.
error-invalid-input = Refuge n’a pas pu utiliser ce qui a été saisi. Vérifier puis réessayer.
error-invalid-argument = Un problème interne est survenu dans Refuge. Rien n’a été enregistré ni perdu. Réessayer.
error-missing-message = Un texte manque ici. Le reste de Refuge fonctionne.
error-content = Cette partie ne peut pas s’afficher. Le reste de Refuge fonctionne.
error-storage = Refuge ne peut pas lire ni enregistrer ses réglages. Les choix durent jusqu’à la fermeture.
error-storage-busy = Les données de Refuge sont utilisées par une autre fenêtre. Fermer l’autre fenêtre de Refuge, puis réessayer.
error-storage-newer-version = Ces données ont été enregistrées par une version plus récente de Refuge. Elles n’ont pas été touchées.
error-storage-corrupt = Les données enregistrées sont abîmées. Elles ont été mises de côté, pas supprimées.
error-storage-key-file = Le fichier de clé de Mon dossier manque ou est abîmé. Rien n’a été effacé ni déplacé.
error-record-not-created = Le dossier n’est pas encore créé.
error-record-exists = Le dossier est déjà créé.
error-record-locked = Le dossier est verrouillé. Le déverrouiller pour continuer.
error-invalid-secret = Ce code PIN ou cette phrase secrète n’a pas le bon format.
error-weak-secret = Ce code PIN est trop facile à deviner. Choisissez-en un autre.
error-wrong-secret = Code PIN ou phrase secrète incorrects.
error-locked-out = Trop d’essais. Attendre un peu avant de réessayer.
error-unknown-entry = Cette entrée n’existe plus.
error-record-corrupt = Une entrée ne peut pas être lue. Les autres sont en sécurité.
error-invalid-date = Cette date ne peut pas être lue. Vérifier puis réessayer.
error-erase-incomplete = Certains fichiers n’ont pas pu être effacés. Réessayer.
error-crypto = Le dossier ne peut pas être protégé sur cet appareil pour l’instant. Rien n’a été enregistré.
error-search = La recherche n’est pas disponible pour l’instant. Les guides sont toujours là.
error-unavailable = Refuge n’a pas pu démarrer cette partie. En cas de danger, appeler le numéro d’urgence.
error-clipboard = Refuge n’a pas pu copier le texte : le presse-papiers l’a refusé. Le texte est toujours à l’écran : le sélectionner et le copier à la main, ou l’enregistrer.
error-ipc = Un problème interne est survenu dans Refuge. Réessayer, ou appeler une ligne d’aide.

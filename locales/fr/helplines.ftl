## Écran Numéros d'aide : groupes, horaires, coûts, sources. Les numéros et les noms propres
## viennent de locales/countries/*.toml ; tous les mots autour viennent d'ici.

helplines-group-young = Pour les jeunes
helplines-group-parents = Pour les parents
helplines-group-crisis = Suicide et crise
helplines-group-emergency = Urgences
helplines-call-log-note = Un appel peut apparaître dans l’historique d’appels du téléphone, même s’il n’apparaît pas sur la facture. Il est possible de l’effacer de l’historique ensuite.

## Ouvert maintenant
helplines-open-always = Ouvert 24 h/24, 7 j/7
helplines-open-now = Ouvert maintenant, jusqu’à { $time }
helplines-opens-today = Fermé pour l’instant, ouvre à { $time }
helplines-opens-tomorrow = Fermé pour l’instant, ouvre demain à { $time }
helplines-opens-on = Fermé pour l’instant, ouvre { $day } à { $time }
helplines-closed = Fermé
helplines-hours-unknown = Horaires inconnus

## Horaires
helplines-hours-always = 24 h/24, 7 j/7
helplines-hours-span = { $days } { $times }
helplines-hours-days-range = { $first }–{ $last }
helplines-hours-time-range = { $from }–{ $to }
helplines-time = { $hour } h { $minute }
helplines-day-mon = lundi
helplines-day-tue = mardi
helplines-day-wed = mercredi
helplines-day-thu = jeudi
helplines-day-fri = vendredi
helplines-day-sat = samedi
helplines-day-sun = dimanche
helplines-day-short-mon = lun.
helplines-day-short-tue = mar.
helplines-day-short-wed = mer.
helplines-day-short-thu = jeu.
helplines-day-short-fri = ven.
helplines-day-short-sat = sam.
helplines-day-short-sun = dim.

## Coût, facture, SMS, source
helplines-free-yes = Gratuit
helplines-free-no = Appel payant
helplines-free-unknown = Coût inconnu
helplines-on-bill-yes = Apparaît sur la facture
helplines-on-bill-no = N’apparaît pas sur la facture
helplines-on-bill-unknown = Peut apparaître sur la facture
helplines-sms = SMS au { $number }
helplines-sms-keyword = Envoyer { $keyword } par SMS au { $number }
helplines-contact-call = Appeler { $name } au { $number }
helplines-source = Source : { $source } (vérifié : { $date })
helplines-caveat-unconfirmed = Ce numéro n’a pas encore été confirmé par une deuxième source : l’application ne l’appelle pas. À vérifier avant de s’y fier.

## Bouton « Appeler à l'aide » : pourquoi cette ligne
helplines-reason-open-all-day = Ouvert 24 h/24, 7 j/7
helplines-reason-open-now = Ouvert maintenant, jusqu’à { $time }
helplines-reason-designated-closed = { $designated } est fermé en ce moment : appel au { $name } à la place
helplines-reason-designated-unknown = { $designated } ne répond peut-être pas en ce moment : appel au { $name } à la place, ouvert maintenant
helplines-reason-emergency = Aucune ligne d’aide n’est ouverte en ce moment, à notre connaissance : appel au numéro d’urgence { $name }

## Notes sous la liste d'un pays
helplines-note-zz = Le 112 joint les secours dans tous les pays de l’UE et dans beaucoup d’autres ; s’il ne fonctionne pas sur place, composez le numéro d’urgence local. Le 116 111 joint une ligne d’écoute pour les enfants dans de nombreux pays d’Europe. Pour trouver la ligne d’écoute pour enfants d’un autre pays, consultez l’annuaire des lignes membres de Child Helpline International (childhelplineinternational.org).

## Noms des pays (choix du pays)
country-au = Australie
country-be = Belgique
country-ca = Canada
country-ch = Suisse
country-fr = France
country-gb = Royaume-Uni
country-ie = Irlande
country-lu = Luxembourg
country-nz = Nouvelle-Zélande
country-us = États-Unis
country-zz = Autre pays

## Descriptions, une par ligne (id : helpline-<id>-description)
helpline-fr-3018-description = Numéro national contre les violences numériques et le cyberharcèlement (association e-Enfance), pour les jeunes, les parents et les professionnels. Joignable aussi par l’application 3018, Messenger et WhatsApp.
helpline-fr-119-description = Allô Enfance en Danger : pour les enfants et les jeunes jusqu’à 21 ans et pour les adultes inquiets. Tchat sur allo119.gouv.fr.
helpline-fr-3114-description = Numéro national de prévention du suicide, pour toute personne en détresse ou inquiète pour un proche.
helpline-fr-112-description = Numéro d’urgence, depuis n’importe quel téléphone.
helpline-fr-police-17-description = Police secours.
helpline-fr-samu-15-description = Urgence médicale (SAMU).
helpline-be-child-focus-description = Pour les enfants disparus et exploités sexuellement, y compris les cas de sextorsion.
helpline-be-103-ecoute-enfants-description = Ligne d’écoute pour les enfants et les jeunes, en français. Tchat sur 103ecoute.be.
helpline-be-awel-description = Ligne d’écoute pour les enfants et les jeunes, en néerlandais, par téléphone, tchat, e-mail et forum.
helpline-be-prevention-suicide-description = Ligne d’écoute anonyme pour toute personne qui pense au suicide.
helpline-be-zelfmoordlijn-description = Ligne de prévention du suicide, en néerlandais.
helpline-be-112-description = Numéro d’urgence, depuis n’importe quel téléphone.
helpline-be-police-101-description = Police.
helpline-ch-147-description = Conseils pour les enfants et les jeunes, par téléphone ou SMS, et par tchat WhatsApp via 147.ch. En allemand, français et italien.
helpline-ch-112-description = Numéro d’urgence.
helpline-ch-police-117-description = Police.
helpline-lu-bee-secure-description = Ligne d’aide pour les problèmes sur internet, y compris la sextorsion.
helpline-lu-kanner-jugendtelefon-description = Ligne d’écoute pour les enfants et les jeunes. Tchat sur kjt.lu.
helpline-lu-elterentelefon-description = Ligne pour les parents.
helpline-lu-116000-description = Pour les enfants disparus et exploités : l’Office national de l’enfance aux heures de bureau, la police en dehors.
helpline-lu-112-description = Numéro d’urgence, depuis n’importe quel téléphone.
helpline-lu-police-113-description = Police.
helpline-ca-cybertip-description = Centrale canadienne de signalement de l’exploitation sexuelle des enfants en ligne (Cyberaide.ca), avec de l’aide pour faire retirer des images (AidezMoiSVP.ca).
helpline-ca-kids-help-phone-description = Soutien pour les jeunes, en français et en anglais, par téléphone, SMS et clavardage.
helpline-ca-988-description = Ligne d’aide en cas de crise suicidaire, par appel ou SMS, en français et en anglais.
helpline-ca-911-description = Numéro d’urgence.
helpline-gb-childline-description = Soutien pour les moins de 19 ans, par téléphone, tchat et e-mail. Report Remove aide à faire retirer des images intimes.
helpline-gb-nspcc-helpline-description = Pour les adultes inquiets pour un enfant. E-mail et formulaire en ligne à toute heure.
helpline-gb-samaritans-description = Pour toute personne qui a du mal à faire face, à toute heure.
helpline-gb-999-description = Numéro d’urgence.
helpline-gb-112-description = Numéro d’urgence, même service que le 999.
helpline-gb-police-101-description = Police, hors urgence.
helpline-ie-childline-description = Soutien pour les 18 ans et moins, par téléphone, SMS et tchat.
helpline-ie-samaritans-description = Pour toute personne qui a du mal à faire face, à toute heure.
helpline-ie-112-description = Numéro d’urgence, depuis n’importe quel téléphone.
helpline-ie-999-description = Numéro d’urgence, même service que le 112.
helpline-us-ncmec-cybertipline-description = Centrale nationale de signalement de l’exploitation sexuelle des enfants en ligne (1-800-THE-LOST), avec de l’aide pour faire retirer des images. Signalements aussi sur report.cybertip.org.
helpline-us-988-description = Ligne d’aide en cas de crise suicidaire, par appel, SMS ou tchat, en anglais et en espagnol, avec interprètes.
helpline-us-fbi-tips-description = Signaler un crime au FBI (1-800-CALL-FBI), ou en ligne sur tips.fbi.gov.
helpline-us-911-description = Numéro d’urgence.
helpline-au-kids-helpline-description = Écoute pour les jeunes de 5 à 25 ans, par téléphone et tchat.
helpline-au-000-description = Numéro d’urgence.
helpline-nz-netsafe-description = Aide face aux violences en ligne, y compris les images intimes partagées sans accord et les pressions pour faire quelque chose de sexuel en ligne.
helpline-nz-youthline-description = Soutien pour les jeunes, par téléphone ou SMS gratuit.
helpline-nz-111-description = Numéro d’urgence.
helpline-zz-112-description = Numéro d’urgence dans tous les pays de l’UE et dans beaucoup d’autres.
helpline-zz-116111-description = Numéro des lignes d’écoute pour enfants dans de nombreux pays d’Europe.

## Écran Numéros d’aide : groupes, horaires, coûts, sources. Les numéros et les noms propres
## viennent de locales/countries/*.toml ; tous les mots autour viennent d’ici.

helplines-group-young = Pour les jeunes
helplines-group-parents = Pour les parents
helplines-group-crisis = Suicide et crise
helplines-group-report = Pour signaler
helplines-group-emergency = Urgences
helplines-call-log-note = Un appel peut apparaître dans l’historique d’appels du téléphone, même s’il n’apparaît pas sur la facture. Il est possible de l’effacer de l’historique ensuite.

## Ouvert maintenant
helplines-open-always = Ouvert 24 h/24, 7 j/7
helplines-open-now = Ouvert maintenant, jusqu’à { $time }
helplines-opens-today = Fermé pour l’instant, ouvre à { $time }
helplines-opens-tomorrow = Fermé pour l’instant, ouvre demain à { $time }
helplines-opens-on = Fermé pour l’instant, ouvre { $day } à { $time }
helplines-closed = Fermé
helplines-hours-unknown = Horaires inconnus

## Horaires
helplines-hours-always = 24 h/24, 7 j/7
helplines-hours-span = { $days } { $times }
helplines-hours-days-range = du { $first } au { $last }
helplines-hours-time-range = de { $from } à { $to }
helplines-time = { $hour } h { $minute }
# Between two spans of opening hours ("Mon–Fri 9:00–17:00; Sat 10:00–12:00").
helplines-hours-span-separator = { "\u00A0; " }
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

## Coût, facture, historiques, moyens de joindre une ligne, sources
helplines-free-yes = Gratuit
helplines-free-no = Appel payant
helplines-free-unknown = Coût inconnu
helplines-on-bill-yes = Apparaît sur la facture
helplines-on-bill-no = N’apparaît pas sur la facture
helplines-on-bill-unknown = Peut apparaître sur la facture
helplines-call-log = Apparaît dans l’historique d’appels
helplines-sms-log = Le SMS reste dans les messages tant qu’il n’est pas effacé
helplines-web-trace = Nécessite une connexion Internet ; la page peut rester dans l’historique du navigateur
helplines-call = Appeler le { $number }
helplines-sms = SMS au { $number }
helplines-sms-keyword = Envoyer { $keyword } par SMS au { $number }
helplines-sms-hours = { $sms } ({ $hours })
helplines-web-chat = Tchat en ligne
helplines-web-report = Signaler en ligne
helplines-web-info = Ouvrir le site
helplines-web-needs-network = { $action } (connexion Internet nécessaire)
helplines-contact-call = Appeler { $name } au { $number }
helplines-languages = Répond en : { $languages }
helplines-source-label = Sources :
helplines-designated = Ligne désignée pour la sextorsion : { $country }
helplines-caveat-unconfirmed = Une seule source a été trouvée pour cette ligne : Refuge ne l’appelle donc jamais de lui-même. À vérifier avant de compter dessus.

## Boutons d’appel : ce qu’un bouton compose, dit avant qu’on le touche
route-reason-open-all-day = Ouvert 24 h/24, 7 j/7
route-reason-open-now = Ouvert maintenant, jusqu’à { $time }
route-reason-emergency = { $service ->
    [general] Police, ambulance, pompiers : 24 h/24, 7 j/7
    [police] Police : 24 h/24, 7 j/7
    [gendarmerie] Gendarmerie : 24 h/24, 7 j/7
    [police-gendarmerie] Police et gendarmerie : 24 h/24, 7 j/7
    [medical] Urgences médicales seulement : 24 h/24, 7 j/7
    [fire] Pompiers et secours : 24 h/24, 7 j/7
    [fire-medical] Pompiers, secours et ambulance : 24 h/24, 7 j/7
   *[other] Services d’urgence : 24 h/24, 7 j/7
}
# Le titre d’un bouton qui appelle un service d’urgence : le service qu’il joint.
route-title-service = { $service ->
    [police] Appeler la police
    [gendarmerie] Appeler la gendarmerie
    [police-gendarmerie] Appeler la police ou la gendarmerie
    [medical] Appeler les urgences médicales
    [fire] Appeler les pompiers
    [fire-medical] Appeler les pompiers et les secours
   *[general] Appeler le numéro d’urgence
}
# Qui appelle un bouton de repli, dans les phrases ci-dessous (« … : ce bouton appelle { $callee }. »).
route-callee = { $service ->
    [police] la police, le { $number }
    [gendarmerie] la gendarmerie, le { $number }
    [police-gendarmerie] la police ou la gendarmerie, le { $number }
    [medical] les urgences médicales, le { $number }
    [fire] les pompiers, le { $number }
    [fire-medical] les pompiers et les secours, le { $number }
   *[general] le numéro d’urgence { $number }
}
route-fallback-no-police = Aucun numéro de police n’est confirmé ici.
# Un second bouton sous un bouton d’appel.
route-also-child-line = Aussi : la ligne pour les enfants, horaires inconnus
route-also-child-line-reason = Ses horaires ne sont pas connus : il se peut que personne ne réponde.
route-also-backup = Si le { $number } ne répond pas
route-reason-instead-closed = { $designated } est fermé pour l’instant (ouvre à { $time }). À la place : { $name }
route-reason-instead-closed-for-now = { $designated } est fermé pour l’instant. À la place : { $name }
route-reason-instead-unknown = { $designated } ne répond peut-être pas maintenant. À la place : { $name }
route-reason-instead-unconfirmed = Une seule source confirme le numéro de { $designated }. À la place : { $name }
route-reason-instead-web-only = { $designated } se joint seulement en ligne. À la place : { $name }
route-reason-instead-not-for-you = { $designated } s’adresse { $for ->
    [young] aux jeunes
   *[adults] aux adultes
}. À la place : { $name }
route-fallback-no-line = { $need ->
    [crisis] Aucune ligne de crise confirmée ne peut être appelée ici pour le moment
    [child-protection] Aucune ligne de protection de l’enfance confirmée ne peut être appelée ici pour le moment
    [parents] Aucune ligne confirmée pour les parents ne peut être appelée ici pour le moment
    [reporting] Aucune ligne de signalement confirmée ne peut être appelée ici pour le moment
    [sextortion] Aucune ligne confirmée contre la sextorsion ne peut être appelée ici pour le moment
   *[other] Aucune ligne d’aide confirmée ne peut être appelée ici pour le moment
} : ce bouton appelle { $callee }.
route-fallback-not-for-you = Dans ce pays, les lignes prévues pour cela s’adressent à un autre public : ce bouton appelle { $callee }.
route-fallback-not-in-language = Aucune ligne pour cela n’est confirmée en français : ce bouton appelle { $callee }, qui peut faire appel à un interprète.
route-fallback-none-open = { $need ->
    [crisis] Aucune ligne de crise n’est ouverte maintenant
    [child-protection] Aucune ligne de protection de l’enfance n’est ouverte maintenant
    [parents] Aucune ligne pour les parents n’est ouverte maintenant
    [reporting] Aucune ligne de signalement n’est ouverte maintenant
    [sextortion] Aucune ligne contre la sextorsion n’est ouverte maintenant
   *[other] Aucune ligne d’aide n’est ouverte maintenant, à notre connaissance
} : ce bouton appelle { $callee }.

## La fenêtre d’appel
contact-chat-with = Tchat avec { $name } (connexion Internet nécessaire)
contact-web-opening = Ouverture de { $name } dans le navigateur. Une connexion Internet est nécessaire.


## Notes sous la liste d’un pays
helplines-note-zz = Le 112 permet de joindre les secours dans tous les pays de l’Union européenne et dans beaucoup d’autres ; s’il ne fonctionne pas sur place, composer le numéro d’urgence local. Le 116 111 permet de joindre une ligne d’écoute pour enfants dans de nombreux pays européens, avec des horaires qui varient. Pour trouver la ligne d’aide d’un autre pays, utiliser les pages web ci-dessous (connexion Internet nécessaire).

## « Autre pays » (les autres noms de pays viennent du CLDR, dans names.ftl)
country-zz = Autre pays

## Descriptions, une par ligne (id : helpline-<id>-description)

## FR
helpline-fr-3018-description = Numéro national contre les violences numériques, géré par l’association e-Enfance, pour les jeunes et les parents : écoute, aide en cas de sextorsion et suppression rapide de comptes ou de contenus par les plateformes. Tous les jours de 9 h à 23 h, aussi par l’application et par tchat.
helpline-fr-119-description = Allô Enfance en Danger, le numéro national de protection de l’enfance, pour les enfants et les jeunes jusqu’à 21 ans et pour les adultes inquiets pour un enfant ; gratuit, jour et nuit, et invisible sur les factures.
helpline-fr-3114-description = Numéro national de prévention du suicide, où répondent des soignants à toute heure, pour toute personne en détresse ou inquiète pour un proche.
helpline-fr-114-description = Numéro d’urgence joignable par SMS (ou visio, tchat, application), pas par un appel vocal : pour les personnes sourdes ou malentendantes et pour toute personne qui ne peut pas parler sans danger. SMS au 114 à toute heure.
helpline-fr-112-description = Numéro d’urgence européen, gratuit depuis tout téléphone, jour et nuit.
helpline-fr-police-17-description = Numéro d’urgence de la police et de la gendarmerie.
helpline-fr-samu-15-description = Numéro des urgences médicales (SAMU).
helpline-fr-pharos-description = Site officiel pour signaler un contenu ou un comportement illicite en ligne, y compris un harceleur anonyme sur une messagerie ou une proposition sexuelle à un mineur ; pas pour un différend privé avec une personne connue.
helpline-fr-police-chat-mineurs-description = Tchat sécurisé avec des policiers et des gendarmes pour les moins de 18 ans victimes ou témoins de violences, de cyberharcèlement ou de sextorsion, ouvert jour et nuit sur le site Ma Sécurité.

## BE
helpline-be-child-focus-description = Fondation pour les enfants disparus et sexuellement exploités : aide les jeunes et les parents en cas de sextorsion et pour faire retirer des images. Gratuit, jour et nuit.
helpline-be-103-ecoute-enfants-description = Ligne d’écoute pour les enfants et les adolescents, en français, gratuite et anonyme ; tchat aussi sur 103ecoute.be.
helpline-be-awel-description = Ligne d’écoute pour les enfants et les jeunes, en néerlandais, gratuite et anonyme, par téléphone, tchat, courriel et forum.
helpline-be-prevention-suicide-description = Ligne de crise du Centre de Prévention du Suicide, en français, anonyme et gratuite, jour et nuit.
helpline-be-zelfmoordlijn-description = Ligne de prévention du suicide en néerlandais, gratuite, par téléphone à toute heure ; tchat chaque soir de 17 h à minuit.
helpline-be-112-description = Numéro d’urgence européen (pompiers, ambulance, police), gratuit depuis tout téléphone.
helpline-be-police-101-description = Numéro d’urgence de la police : à composer directement quand la police doit intervenir vite.

## CH
helpline-ch-147-description = Ligne de conseil de Pro Juventute pour les enfants et les jeunes, gratuite et ouverte jour et nuit par téléphone ; aussi par SMS et par tchat.
helpline-ch-143-main-tendue-description = La Main Tendue : écoute anonyme pour les adultes en difficulté, jour et nuit.
helpline-ch-112-description = Numéro d’urgence ; en Suisse, il aboutit à la centrale d’engagement de la police cantonale.
helpline-ch-police-117-description = Numéro d’urgence de la police.
helpline-ch-ambulance-144-description = Numéro des ambulances et des urgences médicales.

## LU
helpline-lu-bee-secure-description = Ligne nationale d’aide pour les problèmes sur Internet, y compris la sextorsion ; gratuite et anonyme.
helpline-lu-kanner-jugendtelefon-description = Kanner-Jugendtelefon : ligne d’écoute pour les enfants et les jeunes, par téléphone et en ligne.
helpline-lu-elterentelefon-description = Ligne du KJT pour les parents, gratuite et anonyme ; en anglais le lundi soir.
helpline-lu-116000-description = Numéro pour les enfants disparus et leurs familles : l’Office national de l’enfance aux heures de bureau, la police le reste du temps.
helpline-lu-112-description = Numéro d’urgence européen, gratuit depuis tout téléphone.
helpline-lu-police-113-description = Numéro d’urgence de la police, gratuit, jour et nuit.

## CA
helpline-ca-cybertip-description = Centrale canadienne de signalement des cas d’exploitation sexuelle d’enfants sur Internet, y compris la sextorsion, gérée par le Centre canadien de protection de l’enfance ; signalement par téléphone ou en ligne, de façon anonyme si on le souhaite.
helpline-ca-kids-help-phone-description = Soutien pour les jeunes, en français et en anglais, gratuit et ouvert jour et nuit, par téléphone, par texto (TEXTO ou CONNECT au 686868) ou par tchat.
helpline-ca-988-description = Ligne d’aide en cas de crise de suicide, gratuite, par appel ou texto, en français et en anglais, à toute heure.
helpline-ca-911-description = Numéro d’urgence pour la police, les pompiers et les ambulances.

## GB
helpline-gb-childline-description = Soutien gratuit et confidentiel pour les moins de 19 ans, jour et nuit ; le numéro n’apparaît pas sur la facture. Son outil Report Remove, mené avec l’IWF, aide les moins de 18 ans à faire retirer des images intimes d’eux-mêmes.
helpline-gb-nspcc-helpline-description = Pour les adultes inquiets pour un enfant et pour les professionnels ; par téléphone à heures fixes, par courriel ou formulaire en ligne à toute heure.
helpline-gb-samaritans-description = Pour toute personne qui a du mal à faire face, gratuit à toute heure ; le numéro n’apparaît pas sur la facture.
helpline-gb-shout-description = Soutien gratuit par SMS pour toute personne en détresse, à toute heure : envoyer SHOUT au 85258.
helpline-gb-ceop-description = Formulaire en ligne de la National Crime Agency pour signaler des abus sexuels, du pédopiégeage ou un chantage visant un enfant en ligne ; chaque signalement est lu par un conseiller en protection de l’enfance.
helpline-gb-999-description = Numéro d’urgence (police, ambulance, pompiers, garde-côtes), gratuit depuis tout téléphone.
helpline-gb-112-description = Numéro d’urgence européen ; au Royaume-Uni, il joint les mêmes services que le 999.
helpline-gb-police-101-description = Numéro de la police hors urgence, gratuit depuis avril 2020, pour signaler une infraction quand personne n’est en danger immédiat.

## IE
helpline-ie-childline-description = Childline (ISPCC) : soutien gratuit et confidentiel pour les jeunes jusqu’à 18 ans, par téléphone jour et nuit et par SMS au 50101.
helpline-ie-samaritans-description = Pour toute personne qui a du mal à faire face, gratuit à toute heure.
helpline-ie-hotline-description = Service national de signalement des contenus d’abus sexuels sur enfants et des images intimes diffusées sans accord, en lien avec la Garda ; signalement possible de façon anonyme.
helpline-ie-ispcc-support-line-description = Ligne de l’ISPCC pour les parents et les proches qui s’inquiètent du bien-être d’un enfant, en semaine le matin.
helpline-ie-112-description = Numéro d’urgence, gratuit depuis un mobile ou un fixe.
helpline-ie-999-description = Numéro d’urgence, gratuit ; il joint les mêmes services que le 112.

## US
helpline-us-ncmec-cybertipline-description = Centrale nationale de signalement de l’exploitation sexuelle d’enfants en ligne, y compris la sextorsion ; tout le monde peut signaler, par téléphone ou en ligne, et rester anonyme.
helpline-us-childhelp-description = Childhelp : des écoutants formés à la crise pour les enfants, les parents et toute personne inquiète d’une maltraitance, par appel, SMS ou tchat, jour et nuit. Ce n’est pas une ligne de signalement officiel.
helpline-us-988-description = Ligne d’aide en cas de crise suicidaire, gratuite, par appel, SMS ou tchat, à toute heure ; appels en anglais et en espagnol, avec interprètes.
helpline-us-crisis-text-line-description = Soutien gratuit par SMS pour toute crise, à toute heure : envoyer HOME au 741741.
helpline-us-fbi-tips-description = Ligne de signalement du FBI (1-800-CALL-FBI) et formulaire en ligne, pour signaler des crimes comme la sextorsion.
helpline-us-911-description = Numéro d’urgence pour la police, les pompiers et les secours médicaux.

## AU
helpline-au-kids-helpline-description = Écoute gratuite pour les jeunes de 5 à 25 ans, par téléphone à toute heure.
helpline-au-lifeline-description = Soutien en cas de crise et prévention du suicide pour tous, par téléphone ou SMS, jour et nuit.
helpline-au-accce-description = Formulaire en ligne du centre australien de lutte contre l’exploitation des enfants (ACCCE) pour signaler une sextorsion, du pédopiégeage ou une autre exploitation sexuelle en ligne d’un mineur.
helpline-au-000-description = Numéro d’urgence pour la police, les pompiers et les ambulances, gratuit depuis tout téléphone.

## NZ
helpline-nz-netsafe-description = Aide face aux violences en ligne, y compris les images intimes diffusées sans accord et les pressions pour faire quelque chose de sexuel en ligne ; gratuite, sept jours sur sept.
helpline-nz-1737-description = Appel ou SMS gratuit vers un conseiller formé, pour toute personne stressée, anxieuse ou dépassée, à toute heure.
helpline-nz-youthline-description = Soutien gratuit pour les jeunes de 12 à 24 ans, par téléphone ou SMS à toute heure.
helpline-nz-oranga-tamariki-description = Oranga Tamariki, le ministère de l’Enfance : appel gratuit pour signaler une inquiétude sur la sécurité d’un enfant ; en dehors des heures de bureau, les travailleurs sociaux traitent les urgences.
helpline-nz-111-description = Numéro d’urgence pour la police, les pompiers et les ambulances, gratuit.

## ZZ
helpline-zz-112-description = Le numéro d’urgence 112 : il fonctionne dans tous les pays de l’UE et dans quelques autres ; s’il ne passe pas, composer le numéro d’urgence local.
helpline-zz-116111-description = Numéro des lignes d’écoute pour enfants dans de nombreux pays d’Europe ; pas partout, et les horaires changent d’un pays à l’autre.
helpline-zz-take-it-down-description = Service gratuit du NCMEC qui aide à bloquer la diffusion, sur les plateformes participantes, d’images intimes prises avant 18 ans ; l’image reste sur l’appareil et l’anonymat est possible. Ouvert dans le monde entier.
helpline-zz-ncmec-cybertipline-description = Formulaire en ligne du NCMEC pour signaler l’exploitation sexuelle d’un enfant en ligne ; tout le monde peut signaler, depuis n’importe quel pays.
helpline-zz-chi-directory-description = Annuaire de Child Helpline International pour trouver la ligne d’écoute pour enfants d’un pays.
helpline-zz-findahelpline-description = Annuaire de lignes d’écoute gratuites et confidentielles par pays, pour trouver une ligne de crise sur place.
helpline-bl-15-description = Numéro d’urgence médicale du SAMU à Saint-Barthélemy : le 15 pour toute urgence vitale, y compris une automutilation ou une tentative de suicide.
helpline-bl-17-description = Numéro d’urgence de la police et de la gendarmerie à Saint-Barthélemy : le 17 quand quelqu’un est en danger immédiat, par exemple en cas de menaces, de violences ou de chantage.
helpline-bl-3114-description = Numéro national de prévention du suicide, joignable à Saint-Barthélemy : le 3114 est gratuit et répond à toute heure, avec des professionnels de santé formés, pour soi ou pour un proche.
helpline-gf-15-description = Numéro d’urgence médicale du SAMU en Guyane : le 15 pour toute urgence vitale, y compris une automutilation ou une tentative de suicide.
helpline-gf-17-description = Numéro d’urgence de la police et de la gendarmerie en Guyane : le 17 quand quelqu’un est en danger immédiat, par exemple en cas de menaces, de violences ou de chantage.
helpline-gf-18-description = Numéro d’urgence des sapeurs-pompiers en Guyane : le 18 pour un incendie, un accident ou une personne à secourir.
helpline-gf-112-description = Numéro d’urgence européen, signalé comme joignable en Guyane : le 112 permet de joindre les secours depuis tout téléphone.
helpline-gf-119-description = Allô Enfance en Danger, la ligne nationale de protection de l’enfance, joignable en Guyane : appel gratuit et confidentiel, 24 h/24, pour les enfants, les adolescents et les adultes inquiets ; l’appel n’apparaît pas sur la facture.
helpline-gf-3114-description = Numéro national de prévention du suicide, joignable en Guyane : le 3114 est gratuit et répond à toute heure, avec des professionnels de santé formés, pour soi ou pour un proche.
helpline-gp-17-description = Numéro d’urgence de la police et de la gendarmerie en Guadeloupe : le 17 quand quelqu’un est en danger immédiat, par exemple en cas de menaces, de violences ou de chantage.
helpline-gp-15-description = Numéro d’urgence médicale du SAMU en Guadeloupe : le 15 pour toute urgence vitale, y compris une automutilation ou une tentative de suicide.
helpline-gp-18-description = Numéro d’urgence des sapeurs-pompiers en Guadeloupe : le 18 pour un incendie, un accident ou une personne à secourir.
helpline-gp-112-description = Numéro d’urgence européen, signalé comme joignable en Guadeloupe : le 112 permet de joindre les secours depuis tout téléphone.
helpline-gp-119-description = Allô Enfance en Danger, la ligne nationale de protection de l’enfance, joignable en Guadeloupe : appel gratuit et confidentiel, 24 h/24, pour les enfants, les adolescents et les adultes inquiets ; l’appel n’apparaît pas sur la facture.
helpline-gp-3114-description = Numéro national de prévention du suicide, joignable en Guadeloupe : le 3114 est gratuit et répond à toute heure, avec des professionnels de santé formés, pour soi ou pour un proche.
helpline-mf-15-description = Numéro d’urgence médicale du SAMU à Saint-Martin : le 15 pour toute urgence vitale, y compris une automutilation ou une tentative de suicide.
helpline-mf-17-description = Numéro d’urgence de la police et de la gendarmerie à Saint-Martin : le 17 quand quelqu’un est en danger immédiat, par exemple en cas de menaces, de violences ou de chantage.
helpline-mf-18-description = Numéro d’urgence des sapeurs-pompiers à Saint-Martin : le 18 pour un incendie, un accident ou une personne à secourir.
helpline-mf-112-description = Numéro d’urgence européen, signalé comme joignable à Saint-Martin : le 112 permet de joindre les secours depuis tout téléphone.
helpline-mf-119-description = Allô Enfance en Danger, la ligne nationale de protection de l’enfance, joignable à Saint-Martin : appel gratuit et confidentiel, 24 h/24, pour les enfants, les adolescents et les adultes inquiets ; l’appel n’apparaît pas sur la facture.
helpline-mf-3114-description = Numéro national de prévention du suicide, joignable à Saint-Martin : le 3114 est gratuit et répond à toute heure, avec des professionnels de santé formés, pour soi ou pour un proche.
helpline-mq-15-description = Numéro d’urgence médicale du SAMU en Martinique : le 15 pour toute urgence vitale, y compris une automutilation ou une tentative de suicide.
helpline-mq-17-description = Numéro d’urgence de la police et de la gendarmerie en Martinique : le 17 quand quelqu’un est en danger immédiat, par exemple en cas de menaces, de violences ou de chantage.
helpline-mq-18-description = Numéro d’urgence des sapeurs-pompiers en Martinique : le 18 pour un incendie, un accident ou une personne à secourir.
helpline-mq-112-description = Numéro d’urgence européen, signalé comme joignable en Martinique : le 112 permet de joindre les secours depuis tout téléphone.
helpline-mq-119-description = Allô Enfance en Danger, la ligne nationale de protection de l’enfance, joignable en Martinique : appel gratuit et confidentiel, 24 h/24, pour les enfants, les adolescents et les adultes inquiets ; l’appel n’apparaît pas sur la facture.
helpline-mq-3114-description = Numéro national de prévention du suicide, joignable en Martinique : le 3114 est gratuit et répond à toute heure, avec des professionnels de santé formés, pour soi ou pour un proche.
helpline-nc-15-description = Numéro d’urgence médicale du SAMU en Nouvelle-Calédonie : le 15 pour toute urgence vitale, y compris une automutilation ou une tentative de suicide.
helpline-nc-17-description = Numéro d’urgence de la police et de la gendarmerie en Nouvelle-Calédonie : le 17 quand quelqu’un est en danger immédiat, par exemple en cas de menaces, de violences ou de chantage.
helpline-nc-18-description = Numéro d’urgence des sapeurs-pompiers en Nouvelle-Calédonie : le 18 pour un incendie, un accident ou une personne à secourir.
helpline-nc-sos-ecoute-description = SOS Écoute, la ligne d’écoute gratuite et anonyme de Nouvelle-Calédonie pour la détresse, les idées suicidaires et les violences : le 05 30 30 aux heures d’ouverture.
helpline-nc-enfance-maltraitee-description = Numéro vert gratuit de protection de l’enfance en Nouvelle-Calédonie : le 05 44 44 pour signaler un enfant ou un adolescent en danger, y compris soi-même.
helpline-pf-15-description = Numéro d’urgence médicale du SAMU en Polynésie française : le 15 pour toute urgence vitale, y compris une automutilation ou une tentative de suicide.
helpline-pf-18-description = Numéro d’urgence des sapeurs-pompiers en Polynésie française : le 18 pour un incendie, un accident ou une personne à secourir.
helpline-pf-17-description = Numéro d’urgence de la police et de la gendarmerie en Polynésie française : le 17 quand quelqu’un est en danger immédiat, par exemple en cas de menaces, de violences ou de chantage.
helpline-pf-119-description = Allô Enfance en Danger, la ligne nationale de protection de l’enfance, joignable en Polynésie française : appel gratuit et confidentiel, 24 h/24, pour les enfants, les adolescents et les adultes inquiets ; l’appel n’apparaît pas sur la facture.
helpline-pf-sos-suicide-description = SOS Suicide, ligne d’écoute de prévention du suicide en Polynésie française : le 44 47 67 à toute heure, avec des bénévoles formés.
helpline-pm-15-description = Numéro d’urgence médicale de l’hôpital de Saint-Pierre-et-Miquelon : le 15 pour toute urgence vitale, y compris une automutilation.
helpline-pm-18-description = Numéro d’urgence des sapeurs-pompiers à Saint-Pierre : le 18 pour un incendie, un accident ou une personne à secourir.
helpline-pm-119-description = Allô Enfance en Danger, la ligne nationale de protection de l’enfance, joignable à Saint-Pierre-et-Miquelon : appel gratuit et confidentiel, 24 h/24, pour les enfants, les adolescents et les adultes inquiets ; l’appel n’apparaît pas sur la facture.
helpline-re-112-description = Numéro d’urgence européen, signalé comme joignable à La Réunion : le 112 permet de joindre les secours depuis tout téléphone.
helpline-re-17-description = Numéro d’urgence de la police et de la gendarmerie à La Réunion : le 17 quand quelqu’un est en danger immédiat, par exemple en cas de menaces, de violences ou de chantage.
helpline-re-15-description = Numéro d’urgence médicale du SAMU à La Réunion : le 15 pour toute urgence vitale, y compris une automutilation ou une tentative de suicide.
helpline-re-18-description = Numéro d’urgence des sapeurs-pompiers à La Réunion : le 18 pour un incendie, un accident ou une personne à secourir.
helpline-re-114-description = Service d’urgence par SMS à La Réunion : un SMS au 114 quand il est impossible ou dangereux de parler ; ce numéro ne reçoit pas d’appels vocaux.
helpline-re-119-description = Allô Enfance en Danger, la ligne nationale de protection de l’enfance, joignable à La Réunion : appel gratuit et confidentiel, 24 h/24, pour les enfants, les adolescents et les adultes inquiets ; l’appel n’apparaît pas sur la facture.
helpline-re-3114-description = Numéro national de prévention du suicide, joignable à La Réunion : le 3114 est gratuit et répond à toute heure, avec des professionnels de santé formés, pour soi ou pour un proche.
helpline-re-sos-solitude-description = SOS Solitude, ligne d’écoute bénévole à La Réunion pour toute personne seule, en détresse ou qui pense au suicide : 0262 97 00 00 (prix d’un appel local).
helpline-wf-9860-description = Ligne gratuite de détresse et d’urgence du centre de secours de Wallis, 24 h/24 : le 98 60 en cas de danger ou de détresse, avec orientation vers les secours, l’hôpital ou la gendarmerie.
helpline-wf-9860-warning = Wallis seulement : aucun numéro n’est confirmé pour Futuna. Il ne remplace pas le 18 des pompiers.
helpline-wf-18-description = Numéro d’urgence des sapeurs-pompiers à Wallis : le 18 pour un incendie, un accident ou une personne à secourir.
helpline-yt-15-description = Numéro d’urgence médicale du SAMU à Mayotte : le 15 pour toute urgence vitale, y compris une automutilation ou une tentative de suicide.
helpline-yt-18-description = Numéro d’urgence des sapeurs-pompiers à Mayotte : le 18 pour un incendie, un accident ou une personne à secourir.
helpline-yt-17-description = Numéro d’urgence de la police et de la gendarmerie à Mayotte : le 17 quand quelqu’un est en danger immédiat, par exemple en cas de menaces, de violences ou de chantage.
helpline-yt-119-description = Allô Enfance en Danger, la ligne nationale de protection de l’enfance, joignable à Mayotte : appel gratuit et confidentiel, 24 h/24, pour les enfants, les adolescents et les adultes inquiets ; l’appel n’apparaît pas sur la facture.
helpline-yt-3114-description = Numéro national de prévention du suicide, joignable depuis Mayotte : gratuit, en français, des professionnels de santé répondent à toute heure, pour toute personne en détresse ou inquiète pour quelqu’un.
helpline-ci-116-description = Ligne gouvernementale gratuite, ouverte 24 h/24, pour signaler les violences faites aux enfants, y compris les violences sexuelles ; composer le 116.
helpline-ci-180-description = Numéro d’urgence national des sapeurs-pompiers et de la protection civile pour les accidents, les incendies et les personnes en danger ; l’appel est gratuit.
helpline-ci-police-110-description = L’un des numéros verts de la Police nationale (110, 111 et 170) pour signaler un délit ou demander l’aide de la police.
helpline-ci-samu-185-description = Numéro du service d’aide médicale urgente (SAMU) pour les urgences médicales.
helpline-sn-116-description = Numéro gratuit du ministère de la Famille pour signaler un enfant en danger ou toute maltraitance ; composer le 116.
helpline-sn-18-description = Brigade des sapeurs-pompiers, joignable jour et nuit pour les accidents, les incendies et les urgences médicales.
helpline-sn-17-description = Numéro d’urgence de la police.
helpline-sn-1515-description = Numéro national gratuit du SAMU pour les urgences médicales, chirurgicales et obstétricales.
helpline-sn-123-description = Numéro vert pour alerter la police et la gendarmerie en cas de besoin.
helpline-sn-signalement-cyber-description = Plateforme en ligne de la division de lutte contre la cybercriminalité de la Police nationale pour signaler en toute confidentialité les infractions en ligne, dont le chantage sexuel et l’exploitation sexuelle d’enfants.
helpline-sn-iwf-portal-description = Formulaire anonyme, en français et en wolof, pour signaler des images ou vidéos d’abus sexuels sur enfants trouvées en ligne afin qu’elles soient retirées.
helpline-cm-116-description = Ligne d’assistance du ministère pour les enfants victimes de violences et les adultes qui en sont témoins ; à son lancement, elle n’était joignable que depuis le réseau Camtel.
helpline-cm-118-description = Numéro d’urgence des sapeurs-pompiers ; le centre des opérations répond à toute heure.
helpline-cm-117-description = Numéro d’urgence de la police ; des appelants disent que leurs appels sont restés sans réponse.
helpline-cm-117-warning = Des appelants disent que leurs appels au 117 sont restés sans réponse.
helpline-cm-antic-8202-description = Numéro vert de l’agence nationale des TIC (ANTIC) pour signaler les menaces en ligne, les montages photo ou vidéo malveillants et les autres infractions, en semaine aux heures de bureau.
helpline-cm-antic-8206-description = Second numéro vert de l’agence nationale des TIC (ANTIC) pour signaler les infractions en ligne, en semaine aux heures de bureau.
helpline-ma-2511-description = Ligne d’écoute et de signalement gratuite et confidentielle de l’Observatoire national des droits de l’enfant pour les enfants victimes de violence, de maltraitance ou d’exploitation, avec un formulaire de signalement en ligne.
helpline-ma-19-description = Numéro d’urgence gratuit de la police (Sûreté nationale).
helpline-ma-15-description = Numéro gratuit de la protection civile pour les accidents, les incendies, les urgences médicales et les sauvetages.
helpline-ma-177-description = Numéro d’urgence de la Gendarmerie royale.
helpline-ma-112-description = Numéro pour joindre la police depuis un téléphone mobile.
helpline-ma-e-blagh-description = Plateforme de la Sûreté nationale pour signaler les contenus illicites en ligne, notamment le chantage sexuel et les contenus qui portent atteinte aux enfants, de façon anonyme si on le souhaite.
helpline-ma-iwf-portal-description = Formulaire anonyme, en français et en arabe, pour signaler des images ou vidéos d’abus sexuels sur enfants en ligne afin qu’elles soient retirées.
helpline-ma-stop-silence-description = Espace d’écoute en ligne gratuit et anonyme de l’association Sourire de Reda, où les jeunes en souffrance, y compris ceux qui pensent au suicide, peuvent parler à des écoutants formés.
helpline-tn-1809-description = Ligne verte gratuite du ministère de la Famille, tenue par des psychologues, pour signaler un enfant en danger, y compris le harcèlement et le chantage sexuel en ligne ; les cas sont transmis aux délégués à la protection de l’enfance.
helpline-tn-192-description = Ligne gratuite du ministère de la Famille pour signaler un enfant en danger pendant les heures de bureau.
helpline-tn-198-description = Numéro d’urgence de la protection civile, joignable à toute heure.
helpline-tn-197-description = Numéro d’urgence de la police (police secours).
helpline-tn-193-description = Numéro d’urgence de la Garde nationale.
helpline-tn-190-description = Numéro du SAMU (ambulances) pour les urgences médicales.
helpline-tn-iwf-portal-description = Formulaire anonyme pour signaler des images ou vidéos d’abus sexuels sur enfants en ligne afin qu’elles soient retirées ; mis en place avec le ministère de la Famille.
helpline-dz-1111-description = Numéro vert de l’Organe national de la protection et de la promotion de l’enfance (ONPPE) pour signaler toute atteinte à un enfant ; les signalements sont traités par des psychologues, des juristes et les services sociaux.
helpline-dz-1548-description = Numéro vert gratuit de la police pour les urgences et pour signaler des infractions, y compris celles commises sur les réseaux sociaux.
helpline-dz-17-description = Numéro d’urgence de la police (police secours).
helpline-dz-1055-description = Numéro vert de la Gendarmerie nationale pour les urgences et les signalements.
helpline-dz-14-description = Numéro d’urgence de la protection civile.
helpline-dz-104-description = Numéro de la Sûreté nationale destiné aux personnes vulnérables, utilisé notamment pour les enfants en danger.
helpline-cd-117-description = Ligne gratuite d’assistance aux enfants pour signaler des violences et obtenir de l’aide ; elle fonctionne surtout dans l’est du pays et seulement en partie à Kinshasa.
helpline-cd-116-description = Numéro de Kinshasa pour signaler un enfant à protéger, en semaine et le samedi matin, depuis les réseaux Orange et Africell.
helpline-cd-122-description = Ligne gratuite et confidentielle, ouverte 24 h/24, pour les femmes et les filles victimes de violences sexuelles ou autres, avec orientation vers une aide psychologique, juridique et médicale, en français, lingala, swahili, kikongo et tshiluba.
helpline-cd-112-description = Numéro d’urgence gratuit de la police mis en place à Kinshasa ; des articles plus récents font douter qu’il fonctionne encore.
helpline-cd-112-warning = Le 112 peut ne pas répondre : depuis 2021, des articles disent que la police n’a pas de numéro gratuit.
helpline-cd-police-kinshasa-description = Numéro mobile du commandement de la police de Kinshasa pour les interventions urgentes dans la capitale.
helpline-cd-police-kinshasa-warning = Kinshasa seulement : un numéro mobile du commandement de la police de la ville.
helpline-mg-147-description = Ligne gratuite de la police, ouverte 24 h/24, pour les enfants en danger et toute personne témoin de violences envers un enfant ; des policiers peuvent être envoyés sur place.
helpline-mg-511-description = Ligne d’écoute gratuite pour les jeunes, tenue par une association avec l’appui de l’UNICEF, pour des conseils sur les difficultés personnelles et la santé sexuelle ; les dernières informations datent de 2013.
helpline-mg-117-description = Numéro d’urgence national et gratuit de la police.
helpline-mg-118-description = Numéro gratuit des sapeurs-pompiers de la commune d’Antananarivo.
helpline-mg-iwf-portal-description = Formulaire anonyme pour signaler des images ou vidéos d’abus sexuels sur enfants en ligne afin qu’elles soient retirées.
helpline-ht-122-description = Numéro d’urgence de la Police nationale, annoncé comme ouvert à toute heure, pour les urgences, l’insécurité et les enlèvements.
helpline-ht-188-description = Numéro gratuit de la brigade de protection des mineurs de la police pour les enfants victimes de violences ; mis en place en 2012, fonctionnement actuel inconnu.
helpline-ht-114-description = Numéro d’urgence de la police.
helpline-ht-pnh-38381111-description = Numéro de la Police nationale pour les urgences et pour les proches de personnes enlevées.
helpline-ht-iwf-portal-description = Formulaire anonyme pour signaler des images ou vidéos d’abus sexuels sur enfants en ligne afin qu’elles soient retirées ; mis en place avec la Police nationale.
helpline-ng-112-description = Numéro d’urgence national du Nigeria pour la police, les pompiers et les secours médicaux, gratuit depuis tous les réseaux, mais pas encore couvert par un centre d’appel dans chaque État.
helpline-ng-112-warning = Le 112 peut ne pas aboutir dans tous les États : tous n’ont pas encore de centre d’appel.
helpline-ng-cece-yara-description = Ligne gratuite de la Fondation Cece Yara, ouverte jour et nuit, pour les enfants victimes d’abus sexuels et les adultes inquiets pour un enfant.
helpline-ng-npf-cybercrime-portal-description = Site de la police nigériane pour signaler les délits en ligne, dont l’exploitation sexuelle d’enfants ; ouvert en 2020.
helpline-ng-surpin-description = Ligne gratuite d’un groupe de prévention du suicide rattaché à un hôpital de Lagos, pour toute personne en détresse ou ayant des idées suicidaires.
helpline-ke-999-description = Numéro d’urgence de la police au Kenya, gratuit, pour tout danger immédiat.
helpline-ke-112-description = Autre numéro d’urgence au Kenya, gratuit, qui joint la police.
helpline-ke-childline-116-description = Ligne nationale gratuite pour les enfants au Kenya, ouverte jour et nuit ; la police judiciaire demande d’y signaler les abus en ligne contre des enfants, comme les demandes de photos dénudées.
helpline-ke-dci-fichua-description = Ligne gratuite de la police judiciaire kényane (DCI) pour signaler des crimes, y compris les abus contre des enfants.
helpline-ke-redcross-1199-description = Numéro court de la Croix-Rouge kényane proposant une écoute par téléphone aux personnes en détresse.
helpline-za-112-description = Numéro d’urgence accessible depuis tout téléphone mobile en Afrique du Sud, même sans crédit, qui oriente vers la police, les secours ou les pompiers.
helpline-za-10111-description = Numéro d’urgence de la police sud-africaine, gratuit depuis un poste fixe et payant depuis un mobile.
helpline-za-10177-description = Numéro sud-africain pour une ambulance ou les pompiers.
helpline-za-childline-116-description = Ligne gratuite de Childline, ouverte 24 h/24, pour les enfants et les adultes inquiets pour un enfant ; l’équipe peut faire intervenir des travailleurs sociaux ou la police.
helpline-za-fpb-hotline-description = Site du Film and Publication Board pour signaler des images sexuelles d’enfants ou des tentatives de manipulation repérées en ligne, afin de les faire retirer et transmettre à la police.
helpline-za-sadag-24h-description = Ligne d’écoute 24 h/24 du groupe sud-africain contre la dépression et l’anxiété (SADAG) ; un SMS au 31393 permet d’être rappelé.
helpline-za-sadag-suicide-description = Ligne de crise suicidaire du SADAG, trouvée dans une seule source, à utiliser de préférence avec la ligne ouverte 24 h/24.
helpline-za-crime-stop-description = Ligne de la police pour transmettre anonymement des informations sur un crime, ouverte en permanence ; le coût de l’appel est partagé avec l’appelant.
helpline-gh-112-description = Numéro d’urgence unique du Ghana pour la police, les pompiers et les ambulances, sur tous les réseaux.
helpline-gh-191-police-description = Ancien numéro d’urgence de la police ghanéenne, encore en service en 2025 ; le numéro principal reste le 112.
helpline-gh-helpline-of-hope-description = Ligne gratuite du ministère ghanéen du Genre, de l’Enfance et de la Protection sociale pour signaler la maltraitance d’enfants et d’autres problèmes sociaux ; second numéro 0800 900 900.
helpline-gh-mha-helpline-description = Ligne gratuite de l’Autorité ghanéenne de santé mentale pour les personnes ayant des idées suicidaires ou ayant besoin de soutien émotionnel.
helpline-in-112-description = Numéro d’urgence unique de l’Inde pour la police, les pompiers et les ambulances, dans tous les États.
helpline-in-1098-description = Ligne gratuite pour les enfants en Inde, ouverte jour et nuit, pour les enfants en difficulté et les adultes qui veulent les aider.
helpline-in-1930-description = Ligne nationale contre la cybercriminalité, surtout pour l’argent perdu dans une fraude en ligne ; appeler vite permet de bloquer les comptes.
helpline-in-cybercrime-portal-description = Site officiel de signalement des délits en ligne ; sa rubrique femmes et enfants reçoit les signalements d’images sexuelles d’enfants, avec possibilité de rester anonyme.
helpline-in-tele-manas-description = Ligne publique et gratuite de santé mentale, ouverte jour et nuit dans de nombreuses langues indiennes, pour toute personne en détresse.
helpline-ph-911-description = Numéro d’urgence national et gratuit des Philippines pour la police, les pompiers, les secours médicaux et les catastrophes, avec réponse en plusieurs langues du pays.
helpline-ph-makabata-1383-description = Ligne publique du Conseil pour le bien-être des enfants pour toute inquiétude concernant un enfant, y compris les abus sexuels en ligne ; l’unité de police spécialisée prend en charge les cas en ligne.
helpline-ph-bantay-bata-163-description = Ligne de la Fondation ABS-CBN contre la maltraitance des enfants, avec des travailleurs sociaux ; gratuite sur les mobiles Globe et TM, où l’on compose #163.
helpline-ph-ncmh-description = Ligne de crise du Centre national de santé mentale, ouverte jour et nuit, pour toute personne en crise ou en risque suicidaire.
helpline-sg-999-description = Numéro d’urgence de la police à Singapour, pour tout danger immédiat.
helpline-sg-995-description = Numéro de la protection civile de Singapour pour une ambulance d’urgence ou un incendie.
helpline-sg-police-hotline-description = Ligne et formulaire en ligne (I-Witness) de la police de Singapour pour signaler des délits comme le chantage sexuel ; en cas d’urgence, appeler le 999.
helpline-sg-tinkle-friend-description = Ligne téléphonique et tchat gratuits de la Singapore Children’s Society pour les enfants d’âge primaire qui se sentent seuls, inquiets ou en danger.
helpline-sg-navh-description = Ligne nationale du ministère des Affaires sociales et de la Famille, jour et nuit, pour signaler la maltraitance ou la négligence d’un enfant, les violences familiales et le harcèlement sexuel ; tout le monde peut appeler, en anglais, mandarin, malais ou tamoul.
helpline-sg-sos-description = Samaritans of Singapore, écoute 24 h/24 pour toute personne en crise ou ayant des idées suicidaires, par téléphone ou par message WhatsApp (9151 1767).
helpline-sg-mindline-1771-description = Ligne nationale de santé mentale gérée par l’Institut de santé mentale, ouverte jour et nuit par téléphone, WhatsApp ou tchat.
helpline-jm-119-description = Numéro d’urgence de la police en Jamaïque.
helpline-jm-110-description = Numéro des pompiers jamaïcains pour les incendies et les ambulances, joignable sans crédit téléphonique.
helpline-jm-911-description = Numéro d’urgence introduit en Jamaïque en 2011 pour la police, les pompiers et les ambulances ; aucune confirmation récente.
helpline-jm-112-description = Second numéro d’urgence introduit en Jamaïque en 2011 ; aucune confirmation récente.
helpline-jm-211-description = Ligne gratuite 24 h/24 de l’agence jamaïcaine de protection de l’enfance, pour les enfants et les adultes qui signalent une maltraitance.
helpline-jm-new-life-description = Ligne gratuite 24 h/24 du ministère jamaïcain de la Santé pour la santé mentale et la prévention du suicide (888-NEW-LIFE).
helpline-mt-112-description = Numéro d’urgence gratuit de Malte pour la police, les secours et les pompiers ; les personnes qui ne peuvent pas parler peuvent envoyer un SMS au 79 770 112.
helpline-mt-179-description = Ligne nationale d’écoute de Malte, gratuite et ouverte 24 h/24, pour tous les âges, notamment les enfants victimes de maltraitance, d’exploitation en ligne ou en crise émotionnelle.
helpline-mt-116111-description = Numéro européen d’aide à l’enfance à Malte, pris en charge par l’équipe de la Supportline 179.
helpline-mt-116123-description = Numéro européen de soutien émotionnel à Malte, pris en charge par l’équipe de la Supportline 179.
helpline-mt-1579-description = Ligne gratuite de santé mentale de Malte, ouverte 24 h/24, où répondent des psychologues.
helpline-mt-kellimni-description = Soutien en ligne gratuit et anonyme pour les enfants et les jeunes à Malte, par tchat, courriel ou messageries.
helpline-mt-childwebalert-description = Site national maltais pour signaler anonymement des images sexuelles d’enfants trouvées en ligne, en lien avec l’unité de police contre la cybercriminalité.

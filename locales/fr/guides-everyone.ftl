# Guides pour tout le monde : signaux d’alarme, prévention, vocabulaire. Lus par un ado comme par un
# adulte : formulation neutre (infinitifs, « on »), ni « tu » ni « vous ».

## Guide : red-flags

guide-red-flags-title = Signaux d’alarme : agir maintenant
guide-red-flags-summary = Quatre signaux qui veulent dire : on n’attend pas, on appelle à l’aide maintenant.

guide-red-flags-step-signals-title = Les quatre signaux d’alarme
guide-red-flags-step-signals-body =
    Si un seul de ces signaux est présent : traiter la situation comme urgente.
guide-red-flags-step-signals-point-self-harm = Le jeune parle de suicide ou d’automutilation, ou montre une grande détresse émotionnelle.
guide-red-flags-step-signals-point-known-offender = L’auteur est quelqu’un qu’il connaît : un membre de la famille, un ami, une connaissance.
guide-red-flags-step-signals-point-still-at-risk = Il reste exposé à d’autres abus, ou à de nouvelles souffrances causées par la suite des événements.
guide-red-flags-step-signals-point-deadline = L’auteur a fixé un délai, ou ce délai est déjà dépassé.

guide-red-flags-step-referral-title = Orienter maintenant
guide-red-flags-step-referral-body =
    Concrètement, la procédure d’orientation habituelle consiste à faire intervenir les personnes dont c’est le métier. Pas besoin d’avoir tous les détails d’abord.
guide-red-flags-step-referral-point-police = La police. En cas de danger immédiat, le numéro d’urgence.
guide-red-flags-step-referral-point-child-protection = Les services de protection de l’enfance.
guide-red-flags-step-referral-point-helpline = La ligne d’aide du pays pour la sextorsion ou pour les enfants.

guide-red-flags-step-meanwhile-title = En attendant
guide-red-flags-step-meanwhile-body =
    Si le jeune risque de se faire du mal : rester avec lui, ou s’assurer que quelqu’un reste avec lui, jusqu’à l’arrivée de l’aide. Une ligne d’écoute de crise peut guider pendant ce temps.

    Ne jamais regarder les images, ni les copier, ni les demander. Garder des captures des messages, du profil et des demandes, sans aucune photo dessus.

## Guide : ten-minute — la règle de Child Focus, d’après l’article de 2020

guide-ten-minute-title = La règle des dix minutes
guide-ten-minute-summary = Une règle simple avant d’accepter quelqu’un en ligne, et d’autres moyens de se protéger.

guide-ten-minute-step-rule-title = La règle
guide-ten-minute-step-rule-body =
    N’accepter ou n’ajouter que des personnes déjà vues dans la vraie vie, et avec qui on a déjà parlé dix minutes.

    Les deux, pas l’un ou l’autre. Cela vaut pour toutes les applis : Instagram, TikTok, Snapchat, les jeux, toutes.

guide-ten-minute-step-why-title = Pourquoi ça marche
guide-ten-minute-step-why-body =
    Un faux profil se crée en deux minutes. Les auteurs se font passer pour quelqu’un du même âge, font des compliments et se servent de ce qui est publié pour paraître proches, du genre « On s’est déjà croisés au collège, non ? ». Certains utilisent maintenant des visages très réalistes créés par l’IA.

    Un piège fréquent, qui vise surtout les garçons : une « fille » du même âge, très flatteuse, demande à être ajoutée, envoie d’abord une photo sexuelle, propose de passer sur une autre appli ou en appel vidéo, puis menace quelques minutes plus tard.

    Dix minutes de conversation dans la vraie vie, aucun faux profil ne peut les offrir.

guide-ten-minute-step-privacy-title = Protéger ce que l’on partage
guide-ten-minute-step-privacy-body =
    Quelques réglages et habitudes compliquent beaucoup la tâche des prédateurs.
guide-ten-minute-step-privacy-point-settings = Vérifier ses paramètres de confidentialité sur chaque appli, et les revérifier après les mises à jour.
guide-ten-minute-step-privacy-point-personal-info = Ne pas publier d’informations très personnelles : adresse, école, numéro de téléphone, endroit où l’on se trouve en ce moment.
guide-ten-minute-step-privacy-point-who-sees = Garder son compte privé, pour que seules les personnes acceptées puissent le voir.

guide-ten-minute-step-parents-title = Pour les parents
guide-ten-minute-step-parents-body =
    Nul besoin d’être spécialiste. Le plus important : être la personne vers qui son enfant peut se tourner.
guide-ten-minute-step-parents-point-learn-apps = Découvrir les applis qu’utilise son enfant. Aller voir TikTok une fois, pour comprendre comment ça marche.
guide-ten-minute-step-parents-point-open-mind = En parler avec ouverture d’esprit, sans juger.
guide-ten-minute-step-parents-point-trusted-person = Montrer à son enfant qu’il peut compter sur quelqu’un, à commencer par ses parents.

## Guide : words — définitions de Child Focus (article de 2020) et chiffres avec leur source

guide-words-title = Comprendre les mots
guide-words-summary = Grooming, sexting, sextorsion et autres, expliqués simplement, avec quelques chiffres et leur origine.

guide-words-step-grooming-title = Le grooming (pédopiégeage)
guide-words-step-grooming-body =
    Un adulte entre en contact avec un mineur sur internet, dans un but sexuel. Il installe la confiance et une relation dans la durée, pour obtenir des images sexuelles ou parfois un rendez-vous.

    Chaque tentative est une infraction grave, qu’il y ait rencontre ou non.

guide-words-step-sexting-title = Le sexting (échange de sextos)
guide-words-step-sexting-body =
    Deux jeunes s’envoient des messages, photos ou vidéos intimes.

    Avant 18 ans, prendre ou partager des images dénudées est interdit par la loi dans de nombreux pays, même entre partenaires ; les règles varient d’un pays à l’autre. Et une image partagée peut servir à faire du chantage.

guide-words-step-problematic-sexting-title = Le sexting problématique
guide-words-step-problematic-sexting-body =
    Le sexting devient un problème quand l’un des deux partage les images intimes avec d’autres, sans l’accord de la personne qu’elles montrent.

guide-words-step-sextortion-title = La sextorsion
guide-words-step-sextortion-body =
    Le chantage sexuel. Quelqu’un menace de diffuser des images intimes d’une personne si elle ne paie pas, n’envoie pas d’autres images, ou ne fait pas ce qu’on exige. Cela arrive entre inconnus, et parfois entre personnes qui se connaissent.

    Tout commence souvent par une discussion amicale, qui peut tourner aux menaces en quelques heures. La sextorsion financière est souvent le fait de bandes organisées, et elle vise surtout les garçons. Quand le maître chanteur veut des contenus sexuels, ses exigences peuvent devenir de plus en plus extrêmes.

guide-words-step-sexual-intimidation-title = L’intimidation sexuelle
guide-words-step-sexual-intimidation-body =
    Du harcèlement sexuel en ligne : messages malveillants, pression pour relever des « défis », ou photos sexuelles envoyées à quelqu’un qui n’a rien demandé.

guide-words-step-figures-belgium-2019-title = Chiffres : Child Focus, Belgique, de 2018 à 2019
guide-words-step-figures-belgium-2019-body =
    Dossiers ouverts par Child Focus, cités dans un article de presse de 2020. Seuls les cas signalés sont comptés : les chiffres réels sont sûrement plus élevés.
guide-words-step-figures-belgium-2019-point-sextortion = Sextorsion : 46 dossiers en 2018, 55 en 2019, soit une hausse.
guide-words-step-figures-belgium-2019-point-grooming = Grooming : 34 dossiers en 2018, 34 en 2019.
guide-words-step-figures-belgium-2019-point-problematic-sexting = Sexting problématique : 111 dossiers en 2018, 98 en 2019.
guide-words-step-figures-belgium-2019-point-intimidation = Intimidation sexuelle : 18 dossiers en 2018, 21 en 2019.
guide-words-step-figures-belgium-2019-point-online-safety = Ensemble des dossiers de sécurité en ligne : 275 en 2018, 267 en 2019.

guide-words-step-figures-recent-title = Chiffres récents
guide-words-step-figures-recent-body =
    La sextorsion a fortement augmenté ces dernières années. Chaque chiffre vient de l’organisme cité.

    Personne n’est seul face à ça, et de l’aide existe. En cas d’idées suicidaires ou d’envie de se faire du mal : appeler tout de suite une ligne d’écoute de crise.
guide-words-step-figures-recent-point-ncmec = NCMEC (États-Unis) : 26 718 signalements de sextorsion financière en 2023, contre 10 731 en 2022.
guide-words-step-figures-recent-point-fbi = FBI (États-Unis) : plus de 13 000 signalements de sextorsion financière visant des mineurs entre octobre 2021 et mars 2023, et au moins 20 jeunes morts par suicide.
guide-words-step-figures-recent-point-child-focus = Child Focus (Belgique) : plus de 350 dossiers de sextorsion en 2025, soit 130 % de plus qu’en 2024 ; 93 % des nouveaux cas de sextorsion financière concernent des garçons.
guide-words-step-figures-recent-point-thorn = Thorn (2025) : une jeune victime de sextorsion sur sept s’est fait du mal.

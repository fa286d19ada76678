# Guides par plateforme (« Le signaler là où ça se passe »). Structure et sources :
# locales/platforms/*.toml ; ids : core/src/platforms. Le texte d'une étape nomme ses boutons par
# références Fluent ({ platform-<id>-label-<label> }), dans l'ordre de son `path` ; une étape dont
# aucune page ne montre le menu (« not-confirmed ») ne nomme aucun bouton. Le même guide est lu par
# un ou une ado, un ami et un parent : le français ne tutoie ni ne vouvoie (infinitifs, « son
# profil »). Un libellé que nous n'avons vu sur aucune page en français reste en anglais, et une
# note le dit.

## Mots partagés

platform-checked = Vérifié le { $date }
platform-section-report-title = Signaler le compte et les messages
platform-section-under-18-title = Dire qu’on a moins de 18 ans
platform-section-before-blocking-title = Garder les preuves, puis bloquer
platform-section-privacy-title = Verrouiller le compte
platform-section-removal-title = Si la photo a été publiée
platform-note-label-in-english = Aucune page lue ne donne le nom français de ce bouton : il est écrit ici en anglais.
platform-note-menu-not-confirmed = Aucune page lue ne montre ce menu : cette étape reste générale, chercher ces mots dans l’application.
platform-common-under-18-say-it = Si la personne visée a moins de 18 ans, le dire dans le signalement, même si le profil indique un autre âge : la plateforme sait alors qu’il s’agit d’un mineur.
platform-common-before-blocking-proof-first = Avant de bloquer, faire des captures d’écran sans aucune photo dessus : son profil (nom et pseudo), les menaces, ce qui est demandé. Copier le lien de son profil, noter la date et l’heure. Tout écrire dans Mon dossier.
platform-common-before-blocking-keep-account = Ne pas supprimer le compte ni la conversation : la police peut se servir de ce qu’ils contiennent.
platform-common-removal-us-law = Aux États-Unis, une loi en vigueur depuis mai 2026, le Take It Down Act, oblige les plateformes à retirer une image intime dans les 48 heures qui suivent une demande valable.
platform-take-it-down-listed = Take It Down (takeitdown.ncmec.org) travaille avec { $platform } pour les photos prises avant 18 ans. Il calcule une empreinte de la photo sur l’appareil : la photo elle-même n’est jamais envoyée. { $platform } cherche ensuite les copies et les retire. L’utiliser avec un adulte de confiance.
platform-take-it-down-not-listed = Les listes de partenaires de Take It Down que nous avons lues ne nomment pas { $platform }. La plateforme a pu les rejoindre depuis : vérifier sur takeitdown.ncmec.org une fois en ligne, et signaler aussi la publication sur { $platform }.
platform-report-remove-listed = Au Royaume-Uni, avant 18 ans, Report Remove (Childline avec l’Internet Watch Foundation) aide à faire retirer du Web une photo intime de soi. Ses empreintes partent vers les entreprises du Web, dont { $platform }, qui est citée.
platform-report-remove-not-listed = Au Royaume-Uni, avant 18 ans, Report Remove (Childline avec l’Internet Watch Foundation) aide à faire retirer du Web une photo intime de soi. La liste lue ne cite pas { $platform } parmi les entreprises qui reçoivent ses empreintes : signaler aussi la publication sur { $platform }.
platform-encrypted-chats = Les conversations chiffrées de bout en bout sur { $platform } échappent à ces outils d’empreintes : signaler les messages dans l’application.

## Instagram

platform-instagram-name = Instagram
platform-instagram-label-more = ⋯
platform-instagram-label-report = Signaler
platform-instagram-label-block = Block
platform-instagram-label-account-privacy = Account privacy
platform-instagram-label-private-account = Private account
platform-instagram-report-account = Sur son profil, toucher { platform-instagram-label-more } en haut à droite, puis « { platform-instagram-label-report } ».
platform-instagram-report-messages = Pour chaque message de menace : appuyer longuement dessus, puis toucher « { platform-instagram-label-report } ».
platform-instagram-report-reason = Instagram demande ensuite pourquoi. Sa liste de motifs change et nous n’avons pas pu vérifier ses mots actuels : choisir le motif le plus proche du chantage ou de la menace de diffuser des photos intimes.
platform-instagram-under-18-adult = Le conseil d’Instagram avant 18 ans : en parler avec un parent ou un autre adulte de confiance.
platform-instagram-before-blocking-what-blocking-does = Une fois bloquée, la personne ne voit plus le profil ni les listes d’abonnés, et Instagram ne la prévient pas. Aucune page lue ne dit si la conversation reste visible après le blocage : garder les preuves d’abord.
platform-instagram-before-blocking-block = Pour bloquer : sur son profil, toucher { platform-instagram-label-more }, puis « { platform-instagram-label-block } ».
platform-instagram-privacy-private = Dans les paramètres, ouvrir « { platform-instagram-label-account-privacy } » et activer « { platform-instagram-label-private-account } ». Seuls les abonnés acceptés voient alors les publications et la liste des abonnés.
platform-instagram-privacy-lists = Un compte public montre à tout le monde qui le suit et qui il suit, et les maîtres chanteurs se servent de ces listes. Instagram dit que les comptes qui ressemblent à des arnaques ne les voient plus.
platform-instagram-removal-report-post = Si la photo a été publiée, signaler la publication elle-même : toucher { platform-instagram-label-more } en haut à droite de la publication, puis « { platform-instagram-label-report } ».

## Snapchat

platform-snapchat-name = Snapchat
platform-snapchat-label-more = ⋯
platform-snapchat-label-report = Report
platform-snapchat-label-block = Block
platform-snapchat-label-report-snap = Signaler ce Snap
platform-snapchat-report-messages = Pour chaque message de menace : appuyer longuement dessus, puis toucher « { platform-snapchat-label-report } » et choisir dans la liste.
platform-snapchat-report-account = Pour signaler le compte : toucher sa photo pour ouvrir son profil, toucher { platform-snapchat-label-more } en haut à droite, puis « { platform-snapchat-label-report } ».
platform-snapchat-report-reason = Snapchat dit avoir ajouté à sa liste un motif prévu pour la sextorsion. Nous n’avons pas pu en lire les mots exacts : choisir celui qui parle de menaces de diffuser des photos intimes.
platform-snapchat-under-18-parent = Un parent relié au compte par les outils parentaux de Snapchat peut aussi signaler le compte. Ni le compte signalé ni l’ado n’en sont avertis.
platform-snapchat-before-blocking-what-blocking-does = Bloquer arrête ses Snaps et ses messages et lui cache les Stories. Un guide dit que la conversation disparaît de la liste au moment du blocage : faire les captures d’écran avant, sans la photo.
platform-snapchat-before-blocking-block = Pour bloquer : sur son profil, toucher { platform-snapchat-label-more }, puis « { platform-snapchat-label-block } ». Snapchat ne la prévient pas.
platform-snapchat-privacy-friends-only = Dans les paramètres de Snapchat, n’autoriser que les amis à contacter le compte, à voir la Story et la position, et masquer le numéro de téléphone.
platform-snapchat-removal-report-snap = Si la photo a été publiée dans un Snap ou une Story : appuyer longuement dessus, puis toucher « { platform-snapchat-label-report-snap } ». Snap dit répondre à la plupart des signalements en moins de 24 heures.

## WhatsApp

platform-whatsapp-name = WhatsApp
platform-whatsapp-label-report-contact = Signaler le contact
platform-whatsapp-label-block-contact = Bloquer le contact
platform-whatsapp-label-report = Signaler
platform-whatsapp-report-account = Ouvrir la conversation, toucher son nom en haut, puis « { platform-whatsapp-label-report-contact } ». Les écrans diffèrent un peu sur Android.
platform-whatsapp-report-messages = Pour signaler un message : appuyer longuement dessus, puis « { platform-whatsapp-label-report } ». WhatsApp reçoit alors les derniers messages de la conversation.
platform-whatsapp-report-reason = Les pages lues ne montrent pas de liste de motifs sur WhatsApp : ce qu’il reçoit, ce sont les derniers messages. Signaler donc depuis la conversation où se trouvent les menaces.
platform-whatsapp-before-blocking-what-blocking-does = Bloquer arrête ses appels et ses messages ; la personne reste dans les contacts, et WhatsApp ne lui dit pas qu’elle a été signalée.
platform-whatsapp-before-blocking-block = Pour bloquer : ouvrir la conversation, toucher son nom, puis « { platform-whatsapp-label-block-contact } ».
platform-whatsapp-privacy-settings = Dans les paramètres de confidentialité de WhatsApp, vérifier qui peut voir le profil et qui peut écrire.

## TikTok

platform-tiktok-name = TikTok
platform-tiktok-label-profile-menu = la flèche de partage ou ⋯
platform-tiktok-label-report = Signaler
platform-tiktok-label-report-account = Report account
platform-tiktok-label-reason-violence = Violence, abuse, and criminal exploitation
platform-tiktok-label-reason-under-18 = Exploitation and abuse of people under 18
platform-tiktok-report-account = Sur son profil, toucher { platform-tiktok-label-profile-menu } en haut à droite, puis « { platform-tiktok-label-report } » et « { platform-tiktok-label-report-account } ».
platform-tiktok-report-messages = Pour un message : appuyer longuement dessus, puis « { platform-tiktok-label-report } ».
platform-tiktok-report-reason = Comme motif, TikTok dit de choisir « { platform-tiktok-label-reason-violence } », puis, avant 18 ans, « { platform-tiktok-label-reason-under-18 } ».
platform-tiktok-under-18-reason = Avant 18 ans, le motif à choisir est « { platform-tiktok-label-reason-under-18 } » : il le dit à TikTok.
platform-tiktok-before-blocking-dont-interact = TikTok demande de ne pas commenter, partager, télécharger ce contenu ni y répondre : le signaler plutôt.
platform-tiktok-before-blocking-block = Bloquer ensuite le compte depuis son profil. Aucune page lue ne dit ce que le blocage fait aux messages sur TikTok : garder les preuves d’abord.
platform-tiktok-privacy-private = Mettre le compte en privé, et n’autoriser que les amis à envoyer des messages.
platform-tiktok-removal-web-form = Si une photo intime, vraie ou truquée, est sur TikTok, TikTok a aussi un formulaire en ligne pour cela, et donne des nouvelles par SMS ou par e-mail. Il faut une connexion.

## Discord

platform-discord-name = Discord
platform-discord-label-report = Report
platform-discord-label-copy-message-link = Copy Message Link
platform-discord-label-parent-or-guardian = I’m the parent or guardian of a user
platform-discord-label-more = ⋮
platform-discord-label-block = Block
platform-discord-report-messages = Pour chaque message de menace : appuyer longuement dessus, puis « { platform-discord-label-report } ».
platform-discord-report-message-links = Le formulaire en ligne de Discord demande le lien de chaque message : appuyer longuement sur le message, toucher « { platform-discord-label-copy-message-link } » et coller le lien dans Mon dossier.
platform-discord-report-reason = Discord demande de quel problème il s’agit, et nous n’avons pas pu vérifier sa liste : choisir le plus proche du chantage ou des menaces.
platform-discord-under-18-parent = Un parent peut signaler avec le formulaire en ligne de Discord : dans sa liste, choisir « { platform-discord-label-parent-or-guardian } » et expliquer en quelques mots.
platform-discord-before-blocking-what-blocking-does = Un guide de sécurité prévient qu’une fois la personne bloquée, les messages peuvent ne plus s’ouvrir. Garder d’abord les preuves et les liens des messages.
platform-discord-before-blocking-block = Pour bloquer : ouvrir son profil, toucher { platform-discord-label-more }, puis « { platform-discord-label-block } ».
platform-discord-privacy-direct-messages = Dans les paramètres de confidentialité de Discord, fermer les messages privés pour que moins de monde puisse écrire.
platform-discord-removal-report-form = Si la photo a été publiée sur un serveur ou dans une conversation, signaler le message dans l’application, ou avec le formulaire en ligne de Discord et le lien du message. Discord envoie un e-mail quand il a examiné le signalement.

## Telegram

platform-telegram-name = Telegram
platform-telegram-label-report = Report
platform-telegram-report-messages = Pour chaque message de menace : le toucher (Android) ou appuyer longuement dessus (iPhone), puis « { platform-telegram-label-report } ».
platform-telegram-report-account = Pour signaler le compte, ouvrir son profil et chercher l’option de signalement dans son menu.
platform-telegram-report-email = Il est aussi possible d’écrire à Telegram à abuse@telegram.org, avec les liens de ce qui est signalé.
platform-telegram-before-blocking-what-blocking-does = Une fois bloquée, la personne ne peut plus écrire ni appeler, ni voir la dernière connexion.
platform-telegram-before-blocking-block = Bloquer ensuite la personne depuis son profil.
platform-telegram-privacy-settings = Dans les paramètres de confidentialité de Telegram, choisir qui peut prendre contact.
platform-telegram-removal-report-content = Si la photo a été publiée dans un canal ou un groupe, y signaler le message, et envoyer son lien à abuse@telegram.org.

## Roblox

platform-roblox-name = Roblox
platform-roblox-label-menu = ☰
platform-roblox-label-report-tab = Report
platform-roblox-label-report-abuse = Report Abuse
platform-roblox-label-type-of-abuse = Type of Abuse
platform-roblox-label-short-description = Short Description
platform-roblox-label-more = ⋯
platform-roblox-label-block-user = Block User
platform-roblox-label-who-can-chat = Who can chat with me in game?
platform-roblox-report-messages = Signaler la conversation ou le message privé lui-même, avec le bouton « { platform-roblox-label-report-abuse } » à côté.
platform-roblox-report-in-game = Dans un jeu : toucher { platform-roblox-label-menu } en haut à gauche, ouvrir l’onglet « { platform-roblox-label-report-tab } », choisir le joueur, puis le « { platform-roblox-label-type-of-abuse } ».
platform-roblox-report-not-profile = Roblox dit qu’un signalement sur le profil seul ne montre pas à ses modérateurs ce qui s’est passé : signaler les messages.
platform-roblox-under-18-description = Dans la case « { platform-roblox-label-short-description } », écrire que la personne visée a moins de 18 ans et qu’elle subit un chantage.
platform-roblox-before-blocking-what-blocking-does = Bloquer l’empêche complètement de reprendre contact.
platform-roblox-before-blocking-block = Pour bloquer : sur son profil, toucher { platform-roblox-label-more } en haut, puis « { platform-roblox-label-block-user } ».
platform-roblox-privacy-chat = Dans les paramètres de confidentialité, trouver « { platform-roblox-label-who-can-chat } » et choisir moins de monde.
platform-roblox-removal-report-content = Si la photo, ou un lien vers elle, a été publiée sur Roblox, la signaler avec « { platform-roblox-label-report-abuse } » là où elle apparaît.

## X

platform-x-name = X (Twitter)
platform-x-label-more = ⋯
platform-x-label-report = Report
platform-x-label-myself = Myself
platform-x-label-report-message = Report message
platform-x-label-private-content = Private or Non-Consensual Content
platform-x-label-take-it-down-act = Report content under the US Take It Down Act
platform-x-report-account = Sur son profil, toucher { platform-x-label-more }, puis « { platform-x-label-report } ». Quand X demande pour qui est le signalement, choisir « { platform-x-label-myself } ».
platform-x-report-messages = Pour chaque message de menace : appuyer longuement dessus, puis « { platform-x-label-report-message } ».
platform-x-report-reason = Quand la menace porte sur des photos intimes, choisir « { platform-x-label-private-content } ».
platform-x-before-blocking-report-after-block = L’aide de X dit qu’un compte peut encore être signalé après avoir été bloqué. Garder quand même les preuves d’abord.
platform-x-before-blocking-block = Bloquer ensuite le compte depuis son profil.
platform-x-privacy-check = Vérifier de temps en temps les paramètres de confidentialité : qui voit les publications, qui peut envoyer des messages.
platform-x-removal-take-it-down-act = Si la photo a été publiée sur X : sur la publication, toucher { platform-x-label-more }, puis « { platform-x-label-private-content } » et « { platform-x-label-take-it-down-act } ». X dit la retirer en 48 heures au plus, et qu’aux États-Unis son formulaire marche sans compte X.

## Facebook et Messenger

platform-facebook-name = Facebook et Messenger
platform-facebook-label-more = ⋯
platform-facebook-label-report-profile = Find Support or Report Profile
platform-facebook-label-report-post = Find support or report post
platform-facebook-label-report = Report
platform-facebook-label-submit-report = Submit report
platform-facebook-report-account = Sur son profil Facebook, toucher { platform-facebook-label-more }, puis « { platform-facebook-label-report-profile } », et choisir ce qui ne va pas.
platform-facebook-report-messages = Dans Messenger, ouvrir la conversation, toucher son nom en haut, descendre et toucher « { platform-facebook-label-report } ». Choisir une catégorie, puis « { platform-facebook-label-submit-report } ».
platform-facebook-report-reason = Nous n’avons pas pu vérifier les mots des catégories. Les règles de Meta rangent la menace de diffuser des photos intimes dans l’exploitation sexuelle : choisir la catégorie la plus proche.
platform-facebook-before-blocking-disappearing = Un signalement envoie à Meta les derniers messages de la conversation (jusqu’à 100 ; 30 dans l’Union européenne). Dans une conversation où les messages disparaissent, ils ne peuvent être signalés que peu de temps après : signaler vite.
platform-facebook-before-blocking-block = Bloquer ensuite la personne, sur Messenger et sur Facebook.
platform-facebook-privacy-friends-only = Dans les paramètres de confidentialité de Facebook, n’autoriser que les amis à voir les publications.
platform-facebook-removal-report-post = Si la photo a été publiée : toucher { platform-facebook-label-more } en haut à droite de la publication, puis « { platform-facebook-label-report-post } ». Meta demande de signaler à la fois les menaces et les photos diffusées.

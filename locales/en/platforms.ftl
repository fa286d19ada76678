# Platform guides ("Report it where it happens"). Structure and sources: locales/platforms/*.toml;
# ids: core/src/platforms. A step's text names its menu labels as Fluent references
# ({ platform-<id>-label-<label> }), in the order its `path` lists them; a step whose menus no page
# shows ("not-confirmed") names no button. The same guide is read by a teen, a friend and a parent.

## Shared words

platform-checked = Checked on { $date }
platform-section-report-title = Report the account and the messages
platform-section-under-18-title = Say you are under 18
platform-section-before-blocking-title = Keep proof, then block
platform-section-privacy-title = Lock the account down
platform-section-removal-title = If the picture was posted
platform-note-label-in-english = No page we read gives this button’s name in your language: it is shown in English.
platform-note-menu-not-confirmed = No page we read shows this menu, so this step stays general: look for these words in the app.
platform-common-under-18-say-it = If you are under 18, say so in the report, even if your profile shows another age. It lets the platform know you are still a minor in law.
platform-common-before-blocking-proof-first = Before you block them, take screenshots with no picture in them: their profile (name and username), the threats, and what they ask for. Copy the link to their profile and note the date and time. Write it all in My record.
platform-common-before-blocking-keep-account = Don’t delete your account or the chat: they hold information the police can use.
platform-common-removal-us-law = In the United States, a law in force since May 2026, the Take It Down Act, makes platforms remove an intimate picture within 48 hours of a valid request.
platform-take-it-down-listed = Take It Down (takeitdown.ncmec.org) works with { $platform } for pictures taken before 18. It makes a fingerprint of the picture on the device: the picture itself is never sent. { $platform } then looks for copies and removes them. Use it with an adult you trust.
platform-take-it-down-not-listed = The lists of Take It Down’s partners that we read do not name { $platform }. It may have joined since: check takeitdown.ncmec.org when you are online, and report the post on { $platform } itself.
platform-report-remove-listed = In the UK, if you are under 18, Report Remove (Childline with the Internet Watch Foundation) can help take a nude picture of you off the web. Its fingerprints go to internet companies, { $platform } among those named.
platform-report-remove-not-listed = In the UK, if you are under 18, Report Remove (Childline with the Internet Watch Foundation) can help take a nude picture of you off the web. The list we read does not name { $platform } among the companies that get its fingerprints: report the post on { $platform } too.
platform-encrypted-chats = Chats encrypted end to end on { $platform } are out of reach of these fingerprint tools: report the messages in the app.

## Instagram

platform-instagram-name = Instagram
platform-instagram-label-more = ⋯
platform-instagram-label-report = Report
platform-instagram-label-block = Block
platform-instagram-label-account-privacy = Account privacy
platform-instagram-label-private-account = Private account
platform-instagram-report-account = On their profile, tap { platform-instagram-label-more } at the top right, then “{ platform-instagram-label-report }”.
platform-instagram-report-messages = For each message with a threat: press and hold it, then tap “{ platform-instagram-label-report }”.
platform-instagram-report-reason = Instagram then asks why. Its list of reasons changes and we could not check today’s wording: choose the reason closest to blackmail or to threats to share private pictures.
platform-instagram-under-18-adult = Instagram’s own advice if you are under 18: talk it through with a parent or another adult you trust.
platform-instagram-before-blocking-what-blocking-does = Once blocked, they can no longer see your profile or your lists of followers, and Instagram doesn’t tell them. No page we read says whether the chat stays after a block: keep your proof first.
platform-instagram-before-blocking-block = To block: on their profile, tap { platform-instagram-label-more }, then “{ platform-instagram-label-block }”.
platform-instagram-privacy-private = In your settings, open “{ platform-instagram-label-account-privacy }” and turn on “{ platform-instagram-label-private-account }”. Then only the followers you accept see your posts and who follows you.
platform-instagram-privacy-lists = A public account shows everyone who follows you and who you follow, and blackmailers use these lists. Instagram says accounts that look like scams can no longer see them.
platform-instagram-removal-report-post = If the picture was posted, report the post itself: tap { platform-instagram-label-more } at the top right of the post, then “{ platform-instagram-label-report }”.

## Snapchat

platform-snapchat-name = Snapchat
platform-snapchat-label-more = ⋯
platform-snapchat-label-report = Report
platform-snapchat-label-block = Block
platform-snapchat-label-report-snap = Report Snap
platform-snapchat-report-messages = For each message with a threat: press and hold it, then tap “{ platform-snapchat-label-report }” and choose from the list.
platform-snapchat-report-account = To report the account: tap their picture to open their profile, tap { platform-snapchat-label-more } at the top right, then “{ platform-snapchat-label-report }”.
platform-snapchat-report-reason = Snapchat says it added a reason made for sextortion to its list. We could not read its exact words: choose the one about threats to share nude pictures.
platform-snapchat-under-18-parent = A parent linked to the account through Snapchat’s parent tools can report the account too. Neither the reported account nor the teen is told.
platform-snapchat-before-blocking-what-blocking-does = Blocking stops their Snaps and chats and hides your Stories from them. One guide says the chat disappears from your list when you block: take your screenshots first, without the picture.
platform-snapchat-before-blocking-block = To block: on their profile, tap { platform-snapchat-label-more }, then “{ platform-snapchat-label-block }”. Snapchat doesn’t tell them.
platform-snapchat-privacy-friends-only = In Snapchat’s settings, let only your friends contact you and see your Story and your location, and hide your phone number.
platform-snapchat-removal-report-snap = If the picture was posted in a Snap or a Story: press and hold it, then tap “{ platform-snapchat-label-report-snap }”. Snap says it answers most reports within 24 hours.

## WhatsApp

platform-whatsapp-name = WhatsApp
platform-whatsapp-label-report-contact = Report Contact
platform-whatsapp-label-block-contact = Block Contact
platform-whatsapp-label-report = Report
platform-whatsapp-report-account = Open the chat, tap their name at the top, then “{ platform-whatsapp-label-report-contact }”. The screens differ a little on Android.
platform-whatsapp-report-messages = To report one message: press and hold it, then “{ platform-whatsapp-label-report }”. WhatsApp then receives the last messages of the chat.
platform-whatsapp-report-reason = The pages we read show no list of reasons on WhatsApp: what it receives is the latest messages, so report from the chat where the threats are.
platform-whatsapp-before-blocking-what-blocking-does = Blocking stops their calls and messages; they stay in your contacts, and WhatsApp doesn’t tell them you reported them.
platform-whatsapp-before-blocking-block = To block: open the chat, tap their name, then “{ platform-whatsapp-label-block-contact }”.
platform-whatsapp-privacy-settings = In WhatsApp’s privacy settings, check who can see your profile and who can reach you.

## TikTok

platform-tiktok-name = TikTok
platform-tiktok-label-profile-menu = the share arrow or ⋯
platform-tiktok-label-report = Report
platform-tiktok-label-report-account = Report account
platform-tiktok-label-reason-violence = Violence, abuse, and criminal exploitation
platform-tiktok-label-reason-under-18 = Exploitation and abuse of people under 18
platform-tiktok-report-account = On their profile, tap { platform-tiktok-label-profile-menu } at the top right, then “{ platform-tiktok-label-report }” and “{ platform-tiktok-label-report-account }”.
platform-tiktok-report-messages = For a message: press and hold it, then “{ platform-tiktok-label-report }”.
platform-tiktok-report-reason = For the reason, TikTok says to choose “{ platform-tiktok-label-reason-violence }”, then, for someone under 18, “{ platform-tiktok-label-reason-under-18 }”.
platform-tiktok-under-18-reason = If you are under 18, the reason to pick is “{ platform-tiktok-label-reason-under-18 }”: it says so for you.
platform-tiktok-before-blocking-dont-interact = TikTok asks you not to comment on, share, download or reply to such content: report it instead.
platform-tiktok-before-blocking-block = Then block the account from its profile. No page we read says what blocking does to your messages on TikTok, so keep your proof first.
platform-tiktok-privacy-private = Make the account private, and let only your friends send you messages.
platform-tiktok-removal-web-form = If a sexual picture or a fake of you is on TikTok, TikTok also has a web form for it, and sends news of it by text or e-mail. It needs a connection.

## Discord

platform-discord-name = Discord
platform-discord-label-report = Report
platform-discord-label-copy-message-link = Copy Message Link
platform-discord-label-parent-or-guardian = I’m the parent or guardian of a user
platform-discord-label-more = ⋮
platform-discord-label-block = Block
platform-discord-report-messages = For each message with a threat: press and hold it, then “{ platform-discord-label-report }”.
platform-discord-report-message-links = Discord’s web form asks for a link to each message: press and hold the message, tap “{ platform-discord-label-copy-message-link }”, and paste the link in My record.
platform-discord-report-reason = Discord asks what kind of problem it is, and we could not check its list: choose the closest to blackmail or threats.
platform-discord-under-18-parent = A parent can report with Discord’s web form: in its list, choose “{ platform-discord-label-parent-or-guardian }” and explain in a few words.
platform-discord-before-blocking-what-blocking-does = A safety guide warns that once you block, you may no longer be able to open the messages. Keep your proof and the message links first.
platform-discord-before-blocking-block = To block: open their profile, tap { platform-discord-label-more }, then “{ platform-discord-label-block }”.
platform-discord-privacy-direct-messages = In Discord’s privacy settings, close your direct messages so that fewer people can write to you.
platform-discord-removal-report-form = If the picture was posted in a server or a chat, report the message in the app, or with Discord’s web form and the message’s link. Discord sends an e-mail when it has looked into it.

## Telegram

platform-telegram-name = Telegram
platform-telegram-label-report = Report
platform-telegram-report-messages = For each message with a threat: tap it (Android) or press and hold it (iPhone), then “{ platform-telegram-label-report }”.
platform-telegram-report-account = To report the account, open their profile and look for the report option in its menu.
platform-telegram-report-email = You can also write to Telegram at abuse@telegram.org, with the links to what you report.
platform-telegram-before-blocking-what-blocking-does = Once blocked, they can no longer message or call you, or see when you were last online.
platform-telegram-before-blocking-block = Then block them from their profile.
platform-telegram-privacy-settings = In Telegram’s privacy settings, choose who can contact you.
platform-telegram-removal-report-content = If the picture was posted in a channel or a group, report the message there, and send its link to abuse@telegram.org.

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
platform-roblox-report-messages = Report the chat or the private message itself, with the “{ platform-roblox-label-report-abuse }” button next to it.
platform-roblox-report-in-game = In a game: tap { platform-roblox-label-menu } at the top left, open the “{ platform-roblox-label-report-tab }” tab, choose the player, then the “{ platform-roblox-label-type-of-abuse }”.
platform-roblox-report-not-profile = Roblox says a report on the profile alone doesn’t show its moderators what happened: report the messages.
platform-roblox-under-18-description = In the “{ platform-roblox-label-short-description }” box, write that you are under 18 and that they are blackmailing you.
platform-roblox-before-blocking-what-blocking-does = Blocking stops them contacting you at all.
platform-roblox-before-blocking-block = To block: on their profile, tap { platform-roblox-label-more } at the top, then “{ platform-roblox-label-block-user }”.
platform-roblox-privacy-chat = In the privacy settings, find “{ platform-roblox-label-who-can-chat }” and choose fewer people.
platform-roblox-removal-report-content = If the picture, or a link to it, was posted on Roblox, report it with “{ platform-roblox-label-report-abuse }” where you see it.

## X

platform-x-name = X (Twitter)
platform-x-label-more = ⋯
platform-x-label-report = Report
platform-x-label-myself = Myself
platform-x-label-report-message = Report message
platform-x-label-private-content = Private or Non-Consensual Content
platform-x-label-take-it-down-act = Report content under the US Take It Down Act
platform-x-report-account = On their profile, tap { platform-x-label-more }, then “{ platform-x-label-report }”. When X asks who the report is for, choose “{ platform-x-label-myself }”.
platform-x-report-messages = For each message with a threat: press and hold it, then “{ platform-x-label-report-message }”.
platform-x-report-reason = When the threat is about intimate pictures, choose “{ platform-x-label-private-content }”.
platform-x-before-blocking-report-after-block = X’s help says you can still report an account after blocking it. Keep your proof first anyway.
platform-x-before-blocking-block = Then block the account from its profile.
platform-x-privacy-check = Check your privacy settings now and then: who can see your posts, who can send you messages.
platform-x-removal-take-it-down-act = If the picture was posted on X: on the post, tap { platform-x-label-more }, then “{ platform-x-label-private-content }” and “{ platform-x-label-take-it-down-act }”. X says it removes it within 48 hours, and that in the US its form works without an X account.

## Facebook and Messenger

platform-facebook-name = Facebook and Messenger
platform-facebook-label-more = ⋯
platform-facebook-label-report-profile = Find Support or Report Profile
platform-facebook-label-report-post = Find support or report post
platform-facebook-label-report = Report
platform-facebook-label-submit-report = Submit report
platform-facebook-report-account = On their Facebook profile, tap { platform-facebook-label-more }, then “{ platform-facebook-label-report-profile }”, and choose what is wrong.
platform-facebook-report-messages = In Messenger, open the chat, tap their name at the top, scroll down and tap “{ platform-facebook-label-report }”. Choose a category, then “{ platform-facebook-label-submit-report }”.
platform-facebook-report-reason = We could not check the categories’ wording. Meta’s rules count threats to share intimate pictures as sexual exploitation: choose the category closest to that.
platform-facebook-before-blocking-disappearing = A report sends Meta the latest messages of the chat (up to 100; 30 in the European Union). In chats where messages disappear, they can be reported only for a short time afterwards: report quickly.
platform-facebook-before-blocking-block = Then block them, on Messenger and on Facebook.
platform-facebook-privacy-friends-only = In Facebook’s privacy settings, let only your friends see your posts.
platform-facebook-removal-report-post = If the picture was posted: tap { platform-facebook-label-more } at the top right of the post, then “{ platform-facebook-label-report-post }”. Meta asks for both the threats and the shared pictures to be reported.

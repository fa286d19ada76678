# Guides for young people. Plain, calm, short sentences, one idea per step. The reader may be
# 13, alone, at 1 a.m. Evidence is screenshots without the picture. Never suggest sending,
# showing or copying an intimate image (no screenshot of it either), and never tell anyone to
# delete their own picture or chat: it stays where it is until an adult, the police or a removal
# service deals with it. Take It Down works from the device that already has the picture, ideally
# with an adult; Report Remove takes it only through the IWF's own page. The one picture a young
# person is told to delete is someone else's that reached them, once an adult knows and it has
# been reported (young-friend, young-forwarded).

## Card: "Right now" — at the top of young-threat, right after the safety question (core/src/content/
## right_now.rs). Four lines, each starting with a verb; the last sits beside
## the call button route() chooses. Then one sentence on the scam, said only as the sources say
## it: an organised crime (nca-2025, c3p-campaign-2024) run on many people at once, whose
## senders drop people who block them and stop answering (netsafe-scams).
## The young-threat steps `stop`, `tell-adult` and `keep-evidence` cite the same sources.

now-title = Right now
now-stop = Stop replying to them.
now-no-pay = Don't pay, and don't send anything more.
now-no-delete = Don't delete anything, not even the chat.
now-tell = Tell an adult, or call now.
now-scam = This is an organised scam, sent to many people at once. Blackmailers often move on when they get no answer.
now-more = The steps below say why, and how.

## Screen: "Help me tell someone" (core/src/first_minute/tell.rs). The young person picks one line. The app
## shows it full screen, to hand the phone over, or opens a text with the line as its body and
## no number: the young person picks the contact. Fixed texts: nothing is typed. Sources: the
## opening line of Thorn's Stop Sextortion (thorn-stop-sextortion, meta-teens) and the advice to
## tell a safe adult (c3p-campaign-2024). The guide young-tell-adult quotes the same lines.

tell-title = Help me tell someone
tell-intro = Choose the words you want to use. Show them to an adult on your screen, or send them in a text.
tell-line-scared = Something happened online and I'm scared. I'm not in trouble for asking for help, am I?
tell-line-threat = Someone online is threatening me with pictures of me. I need help.
tell-line-talk = I need to tell you something hard. Can we talk somewhere quiet?
tell-line-deadline = They gave me a deadline and I don't know what to do. I need help now.
tell-show = Show it full screen
tell-show-hint = Hand your phone to the adult. When they have read it, they can talk with you.
tell-text = Send it in a text
tell-text-hint = Your messages app opens with these words, and you choose who gets them. The text stays in your messages, like any other text.
tell-back = Back
tell-for-adult = For the adult: the first minute

## Screen: "Calm while waiting" (core/src/first_minute/calm.rs): 90 seconds of slow breathing, then noticing
## what is around you. `calm-at-N` shows from second N to the next line; with reduced motion the
## lines simply replace each other at those times, with no animation. Call for help and Quick
## exit stay on screen. Sources: nhs-relaxed-breathing (breathe in counting to five, out
## counting to five, without holding the breath) and nspcc-calm-zone (using the senses to come
## back to the present moment). The young-threat step `call-helpline` cites them too.

calm-title = Breathe for 90 seconds
calm-intro = Follow the words at your own pace. Call for help and Quick exit stay on the screen.
calm-at-0 = Sit or stand, with both feet flat on the floor.
calm-at-6 = Breathe in gently through your nose, counting slowly to five.
calm-at-14 = Now let the air flow out through your mouth, counting to five again.
calm-at-22 = In again, slowly: one, two, three, four, five.
calm-at-30 = And out: one, two, three, four, five. No need to hold your breath.
calm-at-38 = Keep going at your own pace. In, and out.
calm-at-50 = Now look around you. Find three things you can see.
calm-at-60 = Listen. Find two sounds you can hear.
calm-at-70 = Notice one thing you can feel: your feet on the floor, or your back on the chair.
calm-at-80 = One more slow breath, in and out. You just did something to look after yourself.
calm-done = That was 90 seconds. You can do it again, call for help, or go back to where you were.
calm-again = Start again

## Guide: young-threat — the first screen a frightened teen sees (under the safety question
## and the "Right now" card)

guide-young-threat-title = Someone is threatening me
guide-young-threat-summary = Someone wants money or more pictures, or says they will post your images. You can get through this. Here is what to do.

guide-young-threat-step-not-your-fault-title = This is not your fault
guide-young-threat-step-not-your-fault-body =
    Looking for help was the right thing to do. The person threatening you is committing a crime. You are the one being hurt, and you did not deserve this.

    If you are thinking of hurting yourself, call a crisis line now, with the first button below. You matter far more than any picture.

    A deadline, like one hour, is a trick to rush you. You have time to do the right things.

guide-young-threat-step-tell-adult-title = Tell an adult today
guide-young-threat-step-tell-adult-body =
    This is too heavy to carry alone. A parent, a teacher, the school nurse, a coach or a relative can help you right now. If you can't find the words, the guide below gives you some.

    You will not be in trouble for being blackmailed. The crime is theirs.

guide-young-threat-step-stop-title = Stop replying, and don't pay
guide-young-threat-step-stop-body =
    Don't answer, explain or argue. Don't pay, and don't send more pictures, whatever the deadline. People who pay or send more are usually asked for more.

    It is a scam they run on many people at once. Silence takes away their power: they often give up on people who stop answering.

    Already paid? Don't panic, and don't pay anything more. With an adult, ask the bank or the payment app to cancel it if the money hasn't been collected yet. Note the details in My record.

guide-young-threat-step-keep-evidence-title = Keep proof, without the picture
guide-young-threat-step-keep-evidence-body =
    Before you block them, take screenshots of their messages, without the picture. If the picture is in the chat, leave that part out.

    Don't delete anything, not even the picture or the chat. Leave it where it is, and don't send or show it to anyone. An adult, the police or a removal service will deal with it.
guide-young-threat-step-keep-evidence-point-messages = Their messages, especially the threats.
guide-young-threat-step-keep-evidence-point-profile = Their profile page and their username.
guide-young-threat-step-keep-evidence-point-demands = What they ask for: how much, how to pay, by when.

guide-young-threat-step-report-title = Report it to the police and on the app
guide-young-threat-step-report-body =
    It is a crime: report it to the police, ideally with an adult. They are there to protect you. Your country's reporting service is on the helplines screen.

    Report their account on the app too, and say you are under 18, even if your profile shows another age. Then block them. Don't delete your account: log out if you need a break.

guide-young-threat-step-lock-down-title = Lock down your accounts
guide-young-threat-step-lock-down-body =
    They may come back with new accounts, or try to reach your friends.
guide-young-threat-step-lock-down-point-private = Make your accounts private.
guide-young-threat-step-lock-down-point-lists = Hide your friends and followers lists.
guide-young-threat-step-lock-down-point-requests = Don't accept new friend requests for now.
guide-young-threat-step-lock-down-point-passwords = Change your passwords if they might know them.

guide-young-threat-step-more-help-title = Getting pictures removed, and other cases
guide-young-threat-step-more-help-body =
    Some services can take pictures of under-18s down, even before they are posted. There are solutions.

    Is it someone you know? A fake? Already posted? Did you pass on someone's picture, or are you 18 or over? There is a guide for each below.

guide-young-threat-step-call-helpline-title = Talk to a helpline
guide-young-threat-step-call-helpline-body =
    A helpline can talk you through all of this. Most are free, and you don't have to give your name. If you are in danger, call the emergency number.

    While you wait, breathe slowly: in for a count of five, out for a count of five.

## Guide: young-tell-adult

guide-young-tell-adult-title = How to tell an adult you trust
guide-young-tell-adult-summary = Who to tell, what to say, and what happens next.

guide-young-tell-adult-step-who-title = Who can be that adult
guide-young-tell-adult-step-who-body =
    It does not have to be a parent. Pick someone who usually stays calm and who you feel safe with.
guide-young-tell-adult-step-who-point-parent = A parent or the adult who looks after you.
guide-young-tell-adult-step-who-point-school = A teacher, the school nurse or a school counsellor.
guide-young-tell-adult-step-who-point-coach = A coach or a youth worker.
guide-young-tell-adult-step-who-point-family = An aunt, an uncle, a grandparent, an older cousin.
guide-young-tell-adult-step-who-point-helpline = A helpline counsellor, without giving your name.

guide-young-tell-adult-step-what-to-say-title = What to say
guide-young-tell-adult-step-what-to-say-body =
    You don't need the right words. You can read one of these lines out, or just show this screen.
guide-young-tell-adult-step-what-to-say-point-scared = "{ tell-line-scared }"
guide-young-tell-adult-step-what-to-say-point-threat = "{ tell-line-threat }"
guide-young-tell-adult-step-what-to-say-point-talk = "{ tell-line-talk }"
guide-young-tell-adult-step-what-to-say-point-deadline = "{ tell-line-deadline }"

guide-young-tell-adult-step-what-next-title = What happens next
guide-young-tell-adult-step-what-next-body =
    A good adult will stay calm, listen and help. They may be shocked at first. Give them a moment.

    You are not in trouble for being blackmailed. Together you can keep proof (screenshots without the picture, notes in My record), report it, and call a helpline or the police.

guide-young-tell-adult-step-if-not-helped-title = If the first adult doesn't help
guide-young-tell-adult-step-if-not-helped-body =
    If they don't believe you, get angry or do nothing, that says more about them than about you. Try another adult.

    Or call a helpline. The people there know this situation well. Some lines answer at night too: the helplines screen shows which are open.

## Guide: young-removal — getting pictures taken down, written for the young person

guide-young-removal-title = Getting pictures taken down
guide-young-removal-summary = How to get your pictures removed, or stopped before they are posted. The web pages below need an internet connection; the rest of Refuge works offline.

guide-young-removal-step-before-title = First, don't delete anything
guide-young-removal-step-before-body =
    Don't delete the picture, the chat or your account. Leave everything where it is: the police and the apps may need it.

    Don't send or show the picture to anyone, not even to get help. An adult, the police or a removal service will deal with it.

guide-young-removal-step-platforms-title = Report it on the app
guide-young-removal-step-platforms-body =
    Report every post and the account, with the app's report button or its web form. Say you are under 18, even if your profile shows another age. Apps must remove sexual pictures of under-18s: they are illegal.

    The buttons below open web pages, so they need an internet connection.

guide-young-removal-step-take-it-down-title = Take It Down (anywhere in the world)
guide-young-removal-step-take-it-down-body =
    Take It Down, run by NCMEC, can stop a picture from spreading on the apps that take part, even before it is posted. It is free, and you don't have to give your name.

    You use it on the phone that already has the picture, ideally with an adult you trust. It turns the picture into a code, a kind of fingerprint, and only that code is sent. The picture stays on your phone.

    It is for pictures taken before you were 18. It can't see into encrypted chats, and it can miss copies that were edited.

guide-young-removal-step-report-remove-title = Report Remove (United Kingdom)
guide-young-removal-step-report-remove-body =
    In the UK, Childline and the Internet Watch Foundation (IWF) run Report Remove for under-18s. You send the picture only through the IWF's secure page, and to no one else.

    From 13, you prove your age with Yoti. A Childline account keeps you supported and tells you the result.

guide-young-removal-step-where-you-live-title = Help where you live
guide-young-removal-step-where-you-live-body =
    In Canada, NeedHelpNow.ca (AidezMoiSVP.ca in French) shows how to get pictures removed, app by app. In France, the 3018 can get posts taken down fast. In Belgium, Child Focus helps too.

    Your country's reporting service is on the helplines screen. A helpline can go through these steps with you.

guide-young-removal-step-expect-title = What to expect
guide-young-removal-step-expect-body =
    It can take time, and no one can promise that every copy will go. But a lot can be taken down, and each report makes it harder for them to hurt someone else.

    Keep going, and keep talking to an adult you trust.

## Guide: young-shared — the picture has already been posted, or sent to people the young
## person knows

guide-young-shared-title = It's already been posted, or sent to people I know
guide-young-shared-summary = Someone posted your picture, or sent it to your friends, your family or your school. It is not your fault, and you can act now.

guide-young-shared-step-not-your-fault-title = This is not your fault
guide-young-shared-step-not-your-fault-body =
    Finding out is a shock. You trusted someone, or you were tricked. The person who shared it broke the law, not you.

    If you are thinking of hurting yourself, call a crisis line now. You matter far more than any picture.

guide-young-shared-step-keep-proof-title = Don't delete anything yet
guide-young-shared-step-keep-proof-body =
    Take screenshots of the posts, the usernames and the links, without the picture. Then leave everything where it is.

    Don't send or show the picture to anyone, not even to get help.

guide-young-shared-step-report-title = Report it, and get it taken down
guide-young-shared-step-report-body =
    Report each post and the account on the app, and say you are under 18. Apps must remove sexual pictures of under-18s.

    Removal services can also stop copies from spreading. The guide below shows how.

guide-young-shared-step-people-title = The people who got it
guide-young-shared-step-people-body =
    Ask the people who received it to delete it and not to pass it on. A friend or an adult can ask for you.

    If the blackmailer is messaging your friends or family, you can warn them first. Send a short message: someone is trying to scam you, so they shouldn't open or share what they get.

guide-young-shared-step-adults-title = Tell an adult, the school and the police
guide-young-shared-step-adults-body =
    Tell an adult you trust today. If the picture is going round your school, the school can act: tell the person in charge of keeping pupils safe (in France, the head of the school).

    Sharing a sexual picture of someone under 18 is a crime. The police can act, and they will see you as the victim.

## Guide: young-known — the blackmailer is someone from school, an ex, a friend

guide-young-known-title = It's someone I know
guide-young-known-summary = When the person threatening you is from your school, an ex, or someone you know in real life.

guide-young-known-step-dont-confront-title = Don't confront them or bargain
guide-young-known-step-dont-confront-body =
    About one young victim in three knows the person: a classmate, an ex, a friend of a friend. It is still blackmail, and it is still not your fault.

    Don't confront them, argue or make deals, yourself or through friends. Stop replying, and block them after the next step.

guide-young-known-step-keep-evidence-title = Keep proof, the safe way
guide-young-known-step-keep-evidence-body =
    Take screenshots of the messages, their profile and their demands, with no picture in them. If the picture is in the chat, leave that part to an adult or the police. Don't delete anything.

    Write down what you know about them: their name, how you know them, dates, who else might be involved. My record keeps this private, as text only.

guide-young-known-step-tell-school-title = Tell an adult, and the school
guide-young-known-step-tell-school-body =
    Every school has someone in charge of keeping pupils safe. In France, it is the head of the school (le chef d'établissement), or in a primary school the head teacher (le directeur or la directrice). They have to act, and they can keep you safe at school.

    You can go with a parent or another adult you trust, or ask a teacher to go with you.

guide-young-known-step-police-title = Tell the police too
guide-young-known-step-police-body =
    Someone your age is not above the law. Threatening to share sexual pictures is a crime, whoever does it.

    The police can act even if the person is at your school, and they will see you as the victim.

guide-young-known-step-why-urgent-title = Why this is urgent
guide-young-known-step-why-urgent-body =
    When you know the person, they can reach you offline too: at school, on the way home, through friends. They may also be doing this to others.

    That is why adults need to know today, not later.

## Guide: young-fake — a fake nude made with AI or editing

guide-young-fake-title = The picture is fake
guide-young-fake-summary = Someone made a fake nude of you, with AI or editing, and uses it to threaten you.

guide-young-fake-step-still-a-crime-title = Fake, but still a crime
guide-young-fake-step-still-a-crime-body =
    Some blackmailers take an ordinary photo of you and turn it into a fake nude, with AI or editing apps. You may never have sent anything at all.

    Threatening you with it is still blackmail. Making or sharing a sexual image of someone under 18 is a crime even when the image is fake.

    It is not your fault, and you don't have to prove anything to them.

guide-young-fake-step-same-steps-title = The same steps work
guide-young-fake-step-same-steps-body =
    Stop replying, don't pay, and don't send anything. Keep screenshots of the messages and the profile, with no picture in them, then report and block the account. Don't delete anything.

    Tell an adult you trust. The rest of "Someone is threatening me" applies to you too.

guide-young-fake-step-take-it-down-title = Take It Down works for fakes too
guide-young-fake-step-take-it-down-body =
    Meta advises reporting an AI-made picture to the app and submitting it to Take It Down. Take It Down works from the device that already has the picture, and only a code made from it is sent.

    If the fake is only in their chat, don't save or copy it to use the tool. Ask an adult, the police or a helpline what to do.

## Guide: young-forwarded — the young person passed on someone's picture, or was pushed by a
## blackmailer to get pictures of other young people. What the law says, and help; no blame.

guide-young-forwarded-title = I passed on someone's picture
guide-young-forwarded-summary = You forwarded someone's nude, or a blackmailer pushed you to get pictures from other young people. What the law says, and how to get help.

guide-young-forwarded-step-stop-title = Stop now
guide-young-forwarded-step-stop-body =
    If you forwarded someone's picture, don't send it again, and don't ask anyone for pictures, whatever you are told. If a blackmailer is pushing you to get pictures from others, stop replying to them.

    Stopping now and asking for help is the right thing to do, even if you are scared of what comes next.

guide-young-forwarded-step-law-title = What the law says
guide-young-forwarded-step-law-body =
    Sharing a sexual picture of someone under 18 is against the law in many countries, even between young people, even as a joke. It can deeply hurt the person in it.

    The police treat young people differently from adults. They look at what happened and why, and they think about what a record would do to a young person's future.

    If a blackmailer forced or threatened you, you are a victim of their crime. Making you get pictures from others is part of that crime.

guide-young-forwarded-step-the-picture-title = What to do with the picture
guide-young-forwarded-step-the-picture-body =
    Don't open it again, and don't show it to anyone. Tell an adult you trust, and report it on the app.

    If someone your age sent it to you, delete the picture from your phone once an adult knows and it has been reported. If a blackmailer is involved, delete nothing: the police will tell you what to do.

guide-young-forwarded-step-help-them-title = Help the person in the picture
guide-young-forwarded-step-help-them-body =
    Ask the people you sent it to to delete it and not to pass it on.

    The person in the picture can get it removed with Take It Down or Report Remove. An adult can tell them, if you can't.

guide-young-forwarded-step-get-help-title = You can still ask for help
guide-young-forwarded-step-get-help-body =
    A helpline can listen without knowing your name, and help you decide what to do next.

    If a blackmailer is behind this, tell the police. What they made you do is part of their crime.

## Guide: young-police — what happens when you go to the police

guide-young-police-title = Going to the police
guide-young-police-summary = You are the victim, not a suspect. What to bring, and who can come with you.

guide-young-police-step-victim-title = You are the victim, not a suspect
guide-young-police-step-victim-body =
    Being blackmailed is a crime done to you. Police and child-protection guidance agree: when a young person is threatened or forced, they are the victim and have done nothing wrong.

    The police are there to protect you, not to blame you. No detail is too small to tell them.

guide-young-police-step-what-to-bring-title = What to bring
guide-young-police-step-what-to-bring-body =
    Bring what you have kept. Don't bring or show the picture itself, and don't delete it: the police know how to deal with it.
guide-young-police-step-what-to-bring-point-screenshots = Screenshots of the messages and the threats, without the picture.
guide-young-police-step-what-to-bring-point-accounts = Their usernames and the links to their profiles.
guide-young-police-step-what-to-bring-point-payment = Proof of any payment: amount, date, where it was sent.
guide-young-police-step-what-to-bring-point-dates = When it started, and what happened when. Your notes in My record help here.

guide-young-police-step-with-an-adult-title = You don't have to go alone
guide-young-police-step-with-an-adult-body =
    A parent or another adult you trust can come with you. You can ask to speak to an officer who works on crimes against children.

    In France, a minor can file a complaint alone or with a trusted adult of their choice, and a police chat for under-18s is open day and night. It needs an internet connection. In Canada, the police can help you without telling your parents.

## Guide: young-friend

guide-young-friend-title = Helping a friend
guide-young-friend-summary = A friend is being threatened online. How to be there for them.

guide-young-friend-step-listen-title = Listen and believe them
guide-young-friend-step-listen-body =
    Thank them for telling you. Tell them it is not their fault and that you are on their side.

    Don't laugh, don't judge, and don't tell others about it.

guide-young-friend-step-dont-share-title = Never pass the images on
guide-young-friend-step-dont-share-body =
    If a picture of your friend reaches you, don't open it, save it, forward it or show it to anyone. Sharing sexual images of under-18s is illegal, and every share hurts your friend more.

    Report it on the app and tell an adult you trust. Once the adult knows, delete the picture from your phone.

guide-young-friend-step-first-steps-title = Help with the first steps
guide-young-friend-step-first-steps-body =
    Help them stop replying, not pay and not send anything more. Help them keep screenshots of the messages and the profile, without the picture, then report and block the account.

    If the picture is in the chat, don't scroll through it: leave that part to an adult. Remind your friend that a deadline is a pressure tactic. There is time.

guide-young-friend-step-adult-title = Bring in an adult
guide-young-friend-step-adult-body =
    Encourage your friend to tell a trusted adult. Offer to go with them.

    If your friend talks about hurting themselves, don't keep it secret, even if they ask you to. Tell an adult right away, or call a crisis line.

guide-young-friend-step-you-too-title = Look after yourself too
guide-young-friend-step-you-too-body =
    Helping a friend through this is heavy. You can talk to a helpline about how you feel, too.

## Guide: young-adult — for someone aged 18 or over: StopNCII.org, and lines for adults

guide-young-adult-title = I'm 18 or over
guide-young-adult-summary = The blackmail works the same way at any age. What changes: StopNCII.org for pictures taken since you turned 18, and the lines for adults.

guide-young-adult-step-same-steps-title = The first steps are the same
guide-young-adult-step-same-steps-body =
    Stop replying, don't pay and don't send anything more. Don't delete anything. Keep screenshots of the threats and the profile, without the picture, then report and block the account.

    It is a crime at any age, and it is not your fault. People of every age are targeted.

guide-young-adult-step-stopncii-title = StopNCII.org for pictures taken at 18 or over
guide-young-adult-step-stopncii-body =
    Take It Down is for pictures taken before you were 18: you can still use it for those. For pictures taken since you turned 18, use StopNCII.org.

    If someone threatens to share your pictures, you can open a case. If they are already online, report them to the app first, then add them. Write down your case number and PIN: they can't be recovered.

    Like Take It Down, it works from the device that has the pictures, and the pictures stay there. Only the companies that take part use it. It needs an internet connection.

guide-young-adult-step-report-title = Report it
guide-young-adult-step-report-body =
    Blackmail is a crime: report it to the police. The buttons below call your country's line for reporting, and a crisis line for when it gets too heavy.

    All your country's lines are on the helplines screen.

guide-young-adult-step-talk-title = Don't stay alone with it
guide-young-adult-step-talk-body =
    Tell someone you trust: a friend, a partner, a relative. Talking helps.

    If you are thinking of hurting yourself, call a crisis line now.

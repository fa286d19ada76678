# Guides for young people. Plain, calm, short sentences, one idea per step. The reader may be
# 13, alone, at 1 a.m. Never suggest keeping, sending or showing an intimate image: evidence is
# screenshots with no picture in them. The one exception, always said as such: the official
# removal tools (Take It Down, Report Remove), used with an adult.

## Guide: young-threat — the first screen a frightened teen sees

guide-young-threat-title = Someone is threatening me
guide-young-threat-summary = Someone wants money or more pictures, or says they will post your images. Here is what to do, one step at a time.

guide-young-threat-step-not-your-fault-title = This is not your fault
guide-young-threat-step-not-your-fault-body =
    You did the right thing by looking for help. The person threatening you is committing a crime. You are the one being hurt, and you do not deserve this.

    If you are thinking of hurting yourself, or feel you can't go on, call a crisis line now, with the first button below. You matter far more than any picture.

    Are they giving you a deadline, like one hour? That is a pressure tactic, made to rush you before you think or ask anyone. You have time to do the right things, one step at a time.

guide-young-threat-step-stop-replying-title = Stop replying
guide-young-threat-step-stop-replying-body =
    Do not answer them any more. Do not explain, beg, argue or threaten them back.

    Every reply shows them they can still reach you. Silence takes that away.

guide-young-threat-step-dont-pay-title = Don't pay
guide-young-threat-step-dont-pay-body =
    Paying does not make it stop. People who pay are usually asked for more.

    Talk to an adult you trust before you decide anything about money.

guide-young-threat-step-already-paid-title = If you already paid
guide-young-threat-step-already-paid-body =
    Don't panic, but don't pay anything more. It is not too late, and it will be OK.

    With an adult, check whether the money has been collected yet. If it hasn't, ask the bank or the payment app to cancel it straight away.

    Keep the payment details: the amount, the date, the account or card you paid to. Write them down in My record; they are proof for the police.

guide-young-threat-step-send-nothing-title = Don't send anything more
guide-young-threat-step-send-nothing-body =
    Do not send more pictures or videos, whatever they say and whatever the deadline. Sending more never ends it: it gives them more to threaten you with, and some ask for worse each time.

    The countdown is part of the trick. Real help does not come with a timer.

guide-young-threat-step-keep-evidence-title = Keep evidence, without the picture
guide-young-threat-step-keep-evidence-body =
    Before you block them, take screenshots. They help the police, the platform and a helpline stop this person.

    Make sure the picture or video is never in your screenshot. If it is in the chat, capture only the parts without it, or leave that part to an adult or the police.

    Never keep, send or show the picture itself, not even as proof. The one exception is the official removal tools (Take It Down, Report Remove), used with an adult.
guide-young-threat-step-keep-evidence-point-messages = The messages, especially the threats, without the picture.
guide-young-threat-step-keep-evidence-point-profile = Their profile page.
guide-young-threat-step-keep-evidence-point-username = Their username, or the link to their account.
guide-young-threat-step-keep-evidence-point-demands = What they ask for: the amount, how to pay, the deadline.

guide-young-threat-step-report-block-title = Report, then block
guide-young-threat-step-report-block-body =
    Report the account on the app or site, then block it.

    Do not delete your account or the conversation: they are evidence, and the police may need them. If you want a break, log out or turn notifications off instead.

guide-young-threat-step-removal-title = Get the images removed
guide-young-threat-step-removal-body =
    There are services that can get images of under-18s taken down, and some can stop them before they are posted. It is not hopeless.

    These official tools are the only place where the picture itself is used. Do it with an adult you trust.

guide-young-threat-step-tell-adult-title = Tell an adult you trust
guide-young-threat-step-tell-adult-body =
    This is too heavy to carry alone. A parent, a teacher, the school nurse, a coach or a relative can help you right now.

    You will not be in trouble for being blackmailed. The crime is theirs, and the police are there to protect you.

guide-young-threat-step-other-cases-title = If you know them, or the picture is fake
guide-young-threat-step-other-cases-body =
    About one young victim in three knows the person in real life: someone from school, an ex, a friend of a friend. The steps are the same, and there are a few more.

    Some blackmailers make a fake nude from an ordinary photo, with AI. Even if you never sent anything, it is still blackmail, and help is the same.

guide-young-threat-step-call-helpline-title = Call a helpline
guide-young-threat-step-call-helpline-body =
    A helpline can talk you through all of this. Most of these lines are free, and you don't have to give your name.

    If you are thinking of hurting yourself, call right now. If you are in danger, call the emergency number.

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
    You don't need the right words. You can read these lines out, or just show this screen.
guide-young-tell-adult-step-what-to-say-point-need-help = "Something is happening online and I need your help."
guide-young-tell-adult-step-what-to-say-point-threat = "Someone is threatening to share pictures of me unless I pay or send more."
guide-young-tell-adult-step-what-to-say-point-scared = "I'm scared. Please don't be angry with me."
guide-young-tell-adult-step-what-to-say-point-now = "Can you help me now? They gave me a deadline."

guide-young-tell-adult-step-what-next-title = What happens next
guide-young-tell-adult-step-what-next-body =
    A good adult will stay calm, listen and help. They may be shocked at first. Give them a moment.

    You are not in trouble for being blackmailed. Together you can keep the evidence (screenshots without the picture, notes in My record), report the account, and call a helpline or the police.

guide-young-tell-adult-step-if-not-helped-title = If the first adult doesn't help
guide-young-tell-adult-step-if-not-helped-body =
    If they don't believe you, get angry or do nothing, that is about them, not you. Try another adult.

    Or call a helpline. The people there know this situation well. Some lines answer at night too: the helplines screen shows which are open.

## Guide: young-known — the blackmailer is someone from school, an ex, a friend

guide-young-known-title = It's someone I know
guide-young-known-summary = When the person threatening you is from your school, an ex, or someone you know in real life.

guide-young-known-step-dont-confront-title = Don't confront them or bargain
guide-young-known-step-dont-confront-body =
    About one young victim in three knows the person: a classmate, an ex, a friend of a friend. It is still blackmail, and it is still not your fault.

    Don't confront them, argue or make deals, yourself or through friends. Stop replying, and block them after the next step.

guide-young-known-step-keep-evidence-title = Keep evidence, the safe way
guide-young-known-step-keep-evidence-body =
    Take screenshots of the messages, their profile and their demands, with no picture in them. If the picture is in the chat, leave that part to an adult or the police.

    Write down what you know about them: their name, how you know them, dates, who else might be involved. My record keeps this private, as text only.

guide-young-known-step-tell-school-title = Tell an adult, and the school
guide-young-known-step-tell-school-body =
    Every school has someone in charge of protecting pupils: in England, the designated safeguarding lead; in France, the head of the school (le chef d'établissement). They have to act, and they can keep you safe at school.

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
    Stop replying, don't pay, and don't send anything. Keep screenshots of the messages and the profile, with no picture in them, then report and block the account.

    Tell an adult you trust. The rest of "Someone is threatening me" applies to you too.

guide-young-fake-step-take-it-down-title = Take It Down works for fakes too
guide-young-fake-step-take-it-down-body =
    Meta advises reporting an AI-made image to the app and submitting it to Take It Down. Take It Down makes a digital fingerprint of the image on your own device; the image itself is not uploaded.

    It only works on the platforms that take part, and not in encrypted chats. Use it with an adult.

## Guide: young-police — what happens when you go to the police

guide-young-police-title = Going to the police
guide-young-police-summary = You are the victim, not a suspect. What to bring, and who can come with you.

guide-young-police-step-victim-title = You are the victim, not a suspect
guide-young-police-step-victim-body =
    Being blackmailed is a crime done to you. Police and child-protection guidance agree: when a young person is threatened or forced, they are the victim and have done nothing wrong.

    The police are there to protect you, not to blame you. No detail is too small to tell them.

guide-young-police-step-what-to-bring-title = What to bring
guide-young-police-step-what-to-bring-body =
    Bring what you have kept. Never bring or show the picture itself: the police know how to deal with it.
guide-young-police-step-what-to-bring-point-screenshots = Screenshots of the messages and the threats, without the picture.
guide-young-police-step-what-to-bring-point-accounts = Their usernames and the links to their profiles.
guide-young-police-step-what-to-bring-point-payment = Proof of any payment: amount, date, where it was sent.
guide-young-police-step-what-to-bring-point-dates = When it started, and what happened when. Your notes in My record help here.

guide-young-police-step-with-an-adult-title = You don't have to go alone
guide-young-police-step-with-an-adult-body =
    A parent or another adult you trust can come with you. You can ask to speak to an officer who works on crimes against children.

    In France, a minor can file a complaint alone or with a trusted adult of their choice, and a police chat for under-18s is open day and night. It needs an internet connection.

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

    Report it on the app and tell an adult you trust, then delete it from your phone.

guide-young-friend-step-first-steps-title = Help with the first steps
guide-young-friend-step-first-steps-body =
    Help them stop replying, not pay and not send anything more. Help them keep screenshots of the messages and the profile, with no picture in them, then report and block the account.

    Remind them that a deadline is a pressure tactic. There is time.

guide-young-friend-step-adult-title = Bring in an adult
guide-young-friend-step-adult-body =
    Encourage your friend to tell a trusted adult. Offer to go with them.

    If your friend talks about hurting themselves, don't keep it secret, even if they ask you to. Tell an adult right away, or call a crisis line.

guide-young-friend-step-you-too-title = Look after yourself too
guide-young-friend-step-you-too-body =
    Helping a friend through this is heavy. You can talk to a helpline about how you feel, too.

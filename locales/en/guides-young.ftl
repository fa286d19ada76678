# Guides for young people. Plain, calm, short sentences. The reader may be 13 and terrified.
# Never suggest keeping, sending or showing an intimate image: evidence is screenshots of
# messages, profile, username and demands only.

## Guide: young-threat — the first screen a frightened teen sees

guide-young-threat-title = Someone is threatening me
guide-young-threat-summary = Someone wants money or more pictures, or says they will post your images. Here is what to do, one step at a time.

guide-young-threat-step-not-your-fault-title = This is not your fault
guide-young-threat-step-not-your-fault-body =
    You did the right thing by looking for help. The person threatening you is committing a crime. You are the one being hurt, and you do not deserve this.

    Are they giving you a deadline, like one hour? That is a pressure tactic. It is meant to scare you into acting fast, before you think or ask anyone. You have time to do the right things.

    Many young people have been through this and come out the other side. Go through the steps below. If you can, call a helpline now: they deal with this every day.

guide-young-threat-step-stop-replying-title = Stop replying
guide-young-threat-step-stop-replying-body =
    Do not answer them any more. Do not explain, beg, argue or threaten them back.

    Every reply shows them they can still reach you. Silence takes that away.

guide-young-threat-step-dont-pay-title = Don't pay
guide-young-threat-step-dont-pay-body =
    Paying does not make it stop. People who pay are usually asked for more.

    If you have already paid, stop now. It is not too late. Tell an adult you trust: sometimes a payment can still be stopped.

guide-young-threat-step-send-nothing-title = Don't send anything more
guide-young-threat-step-send-nothing-body =
    Do not send more pictures or videos, whatever they say and whatever the deadline. Sending more never ends it: it gives them more to threaten you with.

    The countdown is part of the trick. Real help does not come with a timer.

guide-young-threat-step-keep-evidence-title = Keep evidence before you block
guide-young-threat-step-keep-evidence-body =
    Before you block them, take screenshots. They help the police, the platform and a helpline stop this person.

    Never keep, send or show the picture or video itself, not even as proof. Screenshots of the messages are enough.
guide-young-threat-step-keep-evidence-point-messages = The messages, especially the threats.
guide-young-threat-step-keep-evidence-point-profile = Their profile page.
guide-young-threat-step-keep-evidence-point-username = Their username or the link to their account.
guide-young-threat-step-keep-evidence-point-demands = What they ask for: the amount, how to pay, the deadline.

guide-young-threat-step-report-block-title = Report, then block
guide-young-threat-step-report-block-body =
    Report the account on the app or site, then block it.

    Do not delete your account or the conversation. They are evidence, and the police may need them. If you want a break, log out or turn notifications off instead.

guide-young-threat-step-removal-title = Get the images removed
guide-young-threat-step-removal-body =
    There are services that can get images of under-18s taken down, and some can block them before they are posted. It is not hopeless.

    An adult can help you do this.

guide-young-threat-step-tell-adult-title = Tell an adult you trust
guide-young-threat-step-tell-adult-body =
    This is too heavy to carry alone. A parent, a teacher, the school nurse, a coach or a relative can help you right now.

    You will not be in trouble for being blackmailed. The crime is theirs.

guide-young-threat-step-call-helpline-title = Call a helpline
guide-young-threat-step-call-helpline-body =
    A helpline can talk you through all of this. Most of these lines are free, and you don't have to give your name.

    If you are thinking of hurting yourself, call right now. You matter far more than any picture. If you are in danger, call the emergency number.

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

    You are not in trouble for being blackmailed. Together you can keep the evidence, report the account, and call a helpline or the police.

guide-young-tell-adult-step-if-not-helped-title = If the first adult doesn't help
guide-young-tell-adult-step-if-not-helped-body =
    If they don't believe you, get angry or do nothing, that is about them, not you. Try another adult.

    Or call a helpline. The people there know this situation well. Some lines answer at night too: the helplines screen shows which are open.

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

    Report it on the app, then delete it from your own phone.

guide-young-friend-step-first-steps-title = Help with the first steps
guide-young-friend-step-first-steps-body =
    Help them stop replying, not pay and not send anything more. Help them take screenshots of the messages and the profile, then report and block the account.

    Remind them that a deadline is a pressure tactic. There is time.

guide-young-friend-step-adult-title = Bring in an adult
guide-young-friend-step-adult-body =
    Encourage your friend to tell a trusted adult. Offer to go with them.

    If your friend talks about hurting themselves, don't keep it secret, even if they ask you to. Tell an adult right away, or call a helpline.

guide-young-friend-step-you-too-title = Look after yourself too
guide-young-friend-step-you-too-body =
    Helping a friend through this is heavy. You can talk to a helpline about how you feel, too.

# Guides for everyone: red flags, prevention, and the words. Read by a teen and by an adult alike
# (the French uses neutral forms, neither "tu" nor "vous").

## Guide: red-flags

guide-red-flags-title = Red flags — act now
guide-red-flags-summary = Four signals that mean you do not wait: call for help now.

guide-red-flags-step-signals-title = The four red flags
guide-red-flags-step-signals-body =
    If even one of these is true, treat it as urgent.
guide-red-flags-step-signals-point-self-harm = The young person talks about suicide or self-harm, or shows deep emotional distress.
guide-red-flags-step-signals-point-known-offender = The offender is someone they know: family, a friend, an acquaintance.
guide-red-flags-step-signals-point-still-at-risk = They remain at risk of more abuse, or of being hurt again by what happens next.
guide-red-flags-step-signals-point-deadline = The offender has set a deadline, or it has already passed.

guide-red-flags-step-referral-title = Refer now
guide-red-flags-step-referral-body =
    In practice, the standard referral means bringing in the people whose job this is. You don't need every detail first.
guide-red-flags-step-referral-point-police = The police. If there is danger right now, the emergency number.
guide-red-flags-step-referral-point-child-protection = Child protection services.
guide-red-flags-step-referral-point-helpline = Your country's helpline for sextortion or for children.

guide-red-flags-step-meanwhile-title = Meanwhile
guide-red-flags-step-meanwhile-body =
    If the young person might hurt themselves, stay with them, or make sure someone does, until help arrives. A crisis line can talk you through it.

    Never look at, copy or ask for the images. Keep screenshots of the messages, the profile and the demands, with no picture in them.

## Guide: ten-minute — Child Focus's rule, via the 2020 article

guide-ten-minute-title = The ten-minute rule
guide-ten-minute-summary = A simple rule before accepting anyone online, and other ways to stay safer.

guide-ten-minute-step-rule-title = The rule
guide-ten-minute-step-rule-body =
    Only accept or add people you have already seen in real life, and talked with for ten minutes.

    Both, not one or the other. It works on every app: Instagram, TikTok, Snapchat, games, all of them.

guide-ten-minute-step-why-title = Why it works
guide-ten-minute-step-why-body =
    Fake profiles are easy to make. Offenders pose as someone your age, pay you compliments, and use what you post to sound close, like "Haven't we met at school?" Some now use very realistic AI-made faces.

    A common trap, aimed mostly at boys: a flattering "girl" your age adds you, sends a sexual picture first, asks to move to another app or a video call, then threatens within minutes.

    Ten minutes with someone in real life is something a fake profile cannot give you.

guide-ten-minute-step-privacy-title = Protect what you share
guide-ten-minute-step-privacy-body =
    A few settings and habits make you much harder to target.
guide-ten-minute-step-privacy-point-settings = Check your privacy settings on every app, and check them again after updates.
guide-ten-minute-step-privacy-point-personal-info = Don't post very personal information: your address, your school, your phone number, where you are right now.
guide-ten-minute-step-privacy-point-who-sees = Keep your account private, so only people you accepted can see it.

guide-ten-minute-step-parents-title = For parents
guide-ten-minute-step-parents-body =
    You don't need to be an expert. Being the person your child can turn to matters most.
guide-ten-minute-step-parents-point-learn-apps = Learn the apps your child uses. Open TikTok once and see how it works.
guide-ten-minute-step-parents-point-open-mind = Talk with an open mind, without judging.
guide-ten-minute-step-parents-point-trusted-person = Show your child they can count on someone, and that someone can be you.

## Guide: words — definitions from Child Focus (2020 article) and figures with their source

guide-words-title = Understand the words
guide-words-summary = Grooming, sexting, sextortion and more, explained simply, with a few figures and where they come from.

guide-words-step-grooming-title = Grooming
guide-words-step-grooming-body =
    An adult contacts a minor online for sexual purposes. They build trust and a relationship over time, to obtain sexual images or sometimes to meet.

    Every attempt is a serious crime, whether or not they meet.

guide-words-step-sexting-title = Sexting
guide-words-step-sexting-body =
    Two young people send each other intimate messages, photos or videos.

    Under 18, taking or sharing nude images is against the law in many countries, even between partners; the rules differ from one country to another. And a shared image can be used for blackmail.

guide-words-step-problematic-sexting-title = Problematic sexting
guide-words-step-problematic-sexting-body =
    Sexting becomes a problem when one person shares the intimate images with others, without the consent of the person in them.

guide-words-step-sextortion-title = Sextortion
guide-words-step-sextortion-body =
    Sexual blackmail. Someone threatens to share intimate images of a person unless they pay, send more images, or do what is demanded. It happens between strangers, and sometimes between people who know each other.

    It usually starts as a friendly chat and can turn into threats within hours. Financial sextortion is often run by organised gangs, and it targets boys most. When the blackmailer wants sexual content, the demands can grow more and more extreme.

guide-words-step-sexual-intimidation-title = Sexual intimidation
guide-words-step-sexual-intimidation-body =
    Sexual harassment online: hostile messages, pressure to take up "challenges", or sexual pictures sent to someone who never asked for them.

guide-words-step-figures-belgium-2019-title = Figures: Child Focus, Belgium, 2018 to 2019
guide-words-step-figures-belgium-2019-body =
    Files opened by Child Focus, as reported in a 2020 press article. Only cases that were reported are counted: the real numbers are surely higher.
guide-words-step-figures-belgium-2019-point-sextortion = Sextortion: 46 files in 2018, 55 in 2019 — an increase.
guide-words-step-figures-belgium-2019-point-grooming = Grooming: 34 files in 2018, 34 in 2019.
guide-words-step-figures-belgium-2019-point-problematic-sexting = Problematic sexting: 111 files in 2018, 98 in 2019.
guide-words-step-figures-belgium-2019-point-intimidation = Sexual intimidation: 18 files in 2018, 21 in 2019.
guide-words-step-figures-belgium-2019-point-online-safety = All online-safety files: 275 in 2018, 267 in 2019.

guide-words-step-figures-recent-title = Recent figures
guide-words-step-figures-recent-body =
    Sextortion has grown fast in recent years. Each figure comes from the organisation named.

    Anyone it happens to is far from alone, and help exists. Thinking of self-harm? Call a crisis line now.
guide-words-step-figures-recent-point-ncmec = NCMEC (United States): 26,718 reports of financial sextortion in 2023, against 10,731 in 2022.
guide-words-step-figures-recent-point-fbi = FBI (United States): over 13,000 reports of financial sextortion of minors between October 2021 and March 2023, and at least 20 young people who died by suicide.
guide-words-step-figures-recent-point-child-focus = Child Focus (Belgium): over 350 sextortion files in 2025, 130% more than in 2024; 93% of new financial sextortion cases concern boys.
guide-words-step-figures-recent-point-thorn = Thorn (2025): one young victim of sextortion in seven hurt themselves.

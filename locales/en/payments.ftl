# "I already paid": one card per way of paying. Structure and sources: locales/payments/*.toml;
# ids: core/src/payments. The teen and the parent both read these cards.

## Shared words

payment-checked = Checked on { $date }
payment-section-stop-title = In the first hour: try to stop it
payment-section-report-title = Report it as fraud
payment-section-keep-title = Keep the references
payment-section-no-more-title = Don’t pay more
payment-section-record-title = Write it in My record
payment-common-no-more-they-ask-again = They will ask again: don’t pay more. Paying doesn’t make it stop; people who pay are usually asked for more.

## Gift cards

payment-gift-cards-title = Gift cards
payment-gift-cards-stop-call-the-company = Call the company that sold the card straight away (its name is on the card: Apple, Google Play, Steam…). Say the card was used in a scam and ask for a refund. Be quick: the money on it is often spent before anyone can act.
payment-gift-cards-report-police = Report it to the police as blackmail. Apple, for one, asks for these scams to be reported to the local authorities.
payment-gift-cards-keep-card-and-receipt = Keep the card itself and the shop’s receipt, and note the code you gave.
payment-gift-cards-record-what-to-write = In My record, write: the kind of card, the amount, when you bought it and when you gave the code, the code, the receipt’s number, and the username you gave it to.

## Bank card or transfer

payment-bank-title = Bank card or bank transfer
payment-bank-stop-call-the-bank = Call your bank now: the number is on the back of the card or in the bank’s app. Say it is fraud, a payment made under blackmail, and ask them to stop or reverse it.
payment-bank-report-police = File a complaint with the police, with the proof you kept.
payment-bank-keep-statement = Keep the line on your bank statement, the transfer’s reference, and the name and number of the account you paid.
payment-bank-record-what-to-write = In My record, write: the date and time, the amount, the reference on your statement, the account you paid, and what they said would happen if you didn’t pay.

## PayPal

payment-paypal-title = PayPal
payment-paypal-stop-resolution-center = Report the payment to PayPal straight away, from its Resolution Center. Say you paid because you were blackmailed, and ask whether it can be stopped or reversed.
payment-paypal-report-bank-and-police = If the money came from your bank card or account, tell your bank too. Then report it to the police.
payment-paypal-keep-transaction-id = Keep the payment’s transaction ID and the name or e-mail of the account you paid.
payment-paypal-record-what-to-write = In My record, write: the date, the amount, the transaction ID, the account you paid, and what was said.

## Cash App, Venmo or Zelle

payment-us-apps-title = Cash App, Venmo or Zelle (United States)
payment-us-apps-stop-in-the-app = In Cash App or Venmo, report the payment and the account you paid, and ask the company to reverse it. Block the account too.
payment-us-apps-stop-zelle-bank = For Zelle, call your bank or credit union: that is where Zelle says to report a payment.
payment-us-apps-report-ftc-ic3 = Report it to the police and, as Zelle suggests, to the Federal Trade Commission and the FBI’s Internet Crime Complaint Center (IC3).
payment-us-apps-keep-payment-details = Keep the payment’s details: the name, username, phone number or e-mail of the account you paid, the date and the amount. Zelle asks for one report per payment.
payment-us-apps-record-what-to-write = In My record, write: the app, the date, the amount, and the account you paid.

## Mobile money

payment-mobile-money-title = Mobile money (Orange Money, MTN MoMo, Wave, Moov Money)
payment-mobile-money-stop-call-the-operator = Call your operator’s customer service at once. Say the transfer was made under blackmail and ask whether it can still be stopped.
payment-mobile-money-report-complaint = File a complaint. In Côte d’Ivoire, the PLCC (the platform against cybercrime) takes complaints free of charge; in Senegal, the police’s cybersecurity division; elsewhere, the police or gendarmerie.
payment-mobile-money-keep-confirmation-message = Keep the transfer’s confirmation text message, and note its reference, the number you sent to, the amount and the time.
payment-mobile-money-record-what-to-write = In My record, write: the service, the number you sent to, the amount, the date and time, and the transfer’s reference.

## Crypto

payment-crypto-title = Crypto (Bitcoin and others)
payment-crypto-stop-contact-the-exchange = Contact the app or exchange you used to send it, say it was fraud, and ask whether it can be stopped. Crypto payments can rarely be undone: only the person who received it can send it back.
payment-crypto-report-police = Report it to the police: it is blackmail.
payment-crypto-keep-wallet = Keep the address of the wallet you sent it to, the amount, the time, and the transfer’s reference in your app.
payment-crypto-record-what-to-write = In My record, write: the app used, the wallet address, the amount, the date and time.

## Western Union or MoneyGram

payment-money-transfer-title = Western Union or MoneyGram
payment-money-transfer-stop-call-the-company = Call Western Union or MoneyGram straight away. Say the transfer was fraud and ask whether it can still be stopped or reversed.
payment-money-transfer-report-police = Report it to the police: it is blackmail.
payment-money-transfer-keep-receipt = Keep the receipt and the transfer’s tracking number, and note the name and country of the person it was sent to.
payment-money-transfer-record-what-to-write = In My record, write: the company, the date, the amount, the tracking number, and who it was sent to.

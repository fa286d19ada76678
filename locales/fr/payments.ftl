# « J'ai déjà payé » : une fiche par moyen de paiement. Structure et sources :
# locales/payments/*.toml ; ids : core/src/payments. L'ado et le parent lisent ces fiches : le
# français ne tutoie ni ne vouvoie (infinitifs).

## Mots partagés

payment-checked = Vérifié le { $date }
payment-section-stop-title = Dans la première heure : essayer de l’arrêter
payment-section-report-title = Le signaler comme une fraude
payment-section-keep-title = Garder les références
payment-section-no-more-title = Ne plus rien payer
payment-section-record-title = L’écrire dans Mon dossier
payment-common-no-more-they-ask-again = Ils vont redemander : ne plus rien payer. Payer n’arrête pas le chantage ; qui paie se voit le plus souvent réclamer davantage.

## Cartes cadeaux

payment-gift-cards-title = Cartes cadeaux
payment-gift-cards-stop-call-the-company = Appeler tout de suite l’entreprise qui a vendu la carte (son nom est sur la carte : Apple, Google Play, Steam…). Dire que la carte a servi à une arnaque et demander un remboursement. Faire vite : l’argent est souvent dépensé avant que quiconque puisse agir.
payment-gift-cards-report-police = Le signaler à la police comme un chantage. Apple, par exemple, demande de signaler ces arnaques aux autorités locales.
payment-gift-cards-keep-card-and-receipt = Garder la carte elle-même et le ticket de caisse, et noter le code donné.
payment-gift-cards-record-what-to-write = Dans Mon dossier, écrire : le type de carte, le montant, le moment de l’achat et celui où le code a été donné, le code, le numéro du ticket, et le pseudo à qui il a été donné.

## Carte bancaire ou virement

payment-bank-title = Carte bancaire ou virement
payment-bank-stop-call-the-bank = Appeler la banque tout de suite : le numéro est au dos de la carte ou dans l’application de la banque. Dire que c’est une fraude, un paiement fait sous la menace, et demander de l’arrêter ou de l’annuler.
payment-bank-report-police = Porter plainte à la police ou à la gendarmerie, avec les preuves gardées.
payment-bank-keep-statement = Garder la ligne du relevé de compte, la référence du virement, et le nom et le numéro du compte payé.
payment-bank-record-what-to-write = Dans Mon dossier, écrire : la date et l’heure, le montant, la référence sur le relevé, le compte payé, et ce qu’ils menaçaient de faire sans paiement.

## PayPal

payment-paypal-title = PayPal
payment-paypal-stop-resolution-center = Signaler tout de suite le paiement à PayPal, depuis son centre de résolution. Dire que le paiement a été fait sous le chantage, et demander s’il peut être arrêté ou annulé.
payment-paypal-report-bank-and-police = Si l’argent venait d’une carte ou d’un compte bancaire, prévenir aussi la banque. Puis le signaler à la police.
payment-paypal-keep-transaction-id = Garder le numéro de transaction du paiement, et le nom ou l’e-mail du compte payé.
payment-paypal-record-what-to-write = Dans Mon dossier, écrire : la date, le montant, le numéro de transaction, le compte payé, et ce qui a été dit.

## Cash App, Venmo ou Zelle

payment-us-apps-title = Cash App, Venmo ou Zelle (États-Unis)
payment-us-apps-stop-in-the-app = Dans Cash App ou Venmo, signaler le paiement et le compte payé, et demander à l’entreprise d’annuler le paiement. Bloquer aussi le compte.
payment-us-apps-stop-zelle-bank = Pour Zelle, appeler la banque ou la caisse de crédit : c’est là que Zelle dit de signaler un paiement.
payment-us-apps-report-ftc-ic3 = Le signaler à la police et, comme Zelle le conseille, à la Federal Trade Commission et à l’Internet Crime Complaint Center du FBI (IC3).
payment-us-apps-keep-payment-details = Garder le détail du paiement : le nom, le pseudo, le numéro ou l’e-mail du compte payé, la date et le montant. Zelle demande un signalement par paiement.
payment-us-apps-record-what-to-write = Dans Mon dossier, écrire : l’application, la date, le montant et le compte payé.

## Mobile money

payment-mobile-money-title = Mobile money (Orange Money, MTN MoMo, Wave, Moov Money)
payment-mobile-money-stop-call-the-operator = Appeler tout de suite le service client de l’opérateur. Dire que le transfert a été fait sous le chantage et demander s’il peut encore être bloqué.
payment-mobile-money-report-complaint = Porter plainte. En Côte d’Ivoire, la PLCC (Plateforme de lutte contre la cybercriminalité) reçoit les plaintes gratuitement ; au Sénégal, la Division spéciale de cybersécurité de la police ; ailleurs, la police ou la gendarmerie.
payment-mobile-money-keep-confirmation-message = Garder le SMS de confirmation du transfert, et noter sa référence, le numéro payé, le montant et l’heure.
payment-mobile-money-record-what-to-write = Dans Mon dossier, écrire : le service, le numéro payé, le montant, la date et l’heure, et la référence du transfert.

## Cryptomonnaie

payment-crypto-title = Cryptomonnaie (Bitcoin et autres)
payment-crypto-stop-contact-the-exchange = Contacter l’application ou la plateforme d’échange utilisée, dire que c’était une fraude, et demander si le paiement peut être arrêté. Un paiement en cryptomonnaie s’annule rarement : seule la personne qui l’a reçu peut le rendre.
payment-crypto-report-police = Le signaler à la police : c’est un chantage.
payment-crypto-keep-wallet = Garder l’adresse du portefeuille payé, le montant, l’heure, et la référence du transfert dans l’application.
payment-crypto-record-what-to-write = Dans Mon dossier, écrire : l’application utilisée, l’adresse du portefeuille, le montant, la date et l’heure.

## Western Union ou MoneyGram

payment-money-transfer-title = Western Union ou MoneyGram
payment-money-transfer-stop-call-the-company = Appeler tout de suite Western Union ou MoneyGram. Dire que le transfert était une fraude et demander s’il peut encore être arrêté ou annulé.
payment-money-transfer-report-police = Le signaler à la police : c’est un chantage.
payment-money-transfer-keep-receipt = Garder le reçu et le numéro de suivi du transfert, et noter le nom et le pays de la personne qui l’a reçu.
payment-money-transfer-record-what-to-write = Dans Mon dossier, écrire : l’entreprise, la date, le montant, le numéro de suivi et le destinataire.

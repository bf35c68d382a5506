"""Hand-written English mail bodies about payments, cards, transfers, fees, balances and
accounts, many of them labelled other; the labels follow the guide in `GUIDE.md`.
"""

from __future__ import annotations

BODIES: dict[str, dict[str, list[tuple[str, str]]]] = {
    "en": {
        "refund": [
            (
                "Order cancelled, money taken",
                "The payment went through but you cancelled my order because the {item} was "
                "out of stock. When will I get the {amount} back?",
            ),
            (
                "Refund not on card",
                "My refund still isn't on my card. Your email said it was done {days} days ago.",
            ),
            (
                "Unused gift card",
                "Please refund the gift card I bought last month. It's never been used and my "
                "friend didn't want it.",
            ),
            (
                "Wallet balance",
                "I'd like the balance in my {shop} wallet paid back to my bank account please, "
                "I won't be ordering again.",
            ),
            (
                "Store credit to card",
                "Can you put my store credit back onto my card instead? I'd rather have the money.",
            ),
            (
                "Out of stock after paying",
                "Your site took payment for the {item} and then emailed to say it's out of "
                "stock. I don't want to wait for it, please refund me.",
            ),
            (
                "Overpaid by transfer",
                "I overpaid by bank transfer, {more} instead of {amount}. Please send the "
                "difference back to my account.",
            ),
            (
                "Cancelled same day",
                "I paid for order {order} by bank transfer but cancelled it the same day. Can "
                "you transfer the money back to me?",
            ),
            (
                "Klarna still owing",
                "I returned the {item} and Klarna still shows the full balance owing. Can you "
                "process the refund so the instalments stop?",
            ),
            (
                "Refund to expired card",
                "My refund went to my old card, which has expired. Where does the money go? I "
                "still haven't got it.",
            ),
            (
                "Refund to new card",
                "The card I paid with has been cancelled since. Could you refund my return to "
                "my new card instead?",
            ),
            (
                "PayPal refund",
                "When will my PayPal refund come through? Your email said it was processed on "
                "Monday.",
            ),
            (
                "Refund pending",
                "My bank has shown the refund from you as pending for a week and it still "
                "hasn't landed. Can you chase it?",
            ),
            (
                "Deposit",
                "I paid a deposit for the made-to-order {item} and you've now said you can't "
                "make it. I'd like my deposit back please.",
            ),
            (
                "Top-up by mistake",
                "I topped up my wallet with {more} by mistake instead of {amount}. Can you "
                "refund the extra to my card?",
            ),
            (
                "Gift card and card",
                "I paid for the order that never arrived partly with a gift card and partly by "
                "card. Please refund both.",
            ),
            ("", "order cancelled but money still not back on my card, how long does it take??"),
            (
                "Cancel Klarna order",
                "I want to cancel order {order}, paid with Klarna. Please refund it so I'm not "
                "charged the instalments.",
            ),
            (
                "Refused parcel",
                "The courier wanted duties before handing over the parcel, so I refused it. "
                "Please refund me now it's on its way back to you.",
            ),
            (
                "Pre-order cancelled",
                "You took the money for my pre-order and now the {item} has been discontinued. "
                "Refund please.",
            ),
            (
                "Refund reference",
                "You say my refund has been sent but my bank can't see it. Still no money. Can "
                "you send me a reference so I can chase it?",
            ),
            (
                "Two e-gift cards",
                "I accidentally bought two e-gift cards instead of one. Please refund the "
                "second, the code hasn't been used.",
            ),
            (
                "Closing account",
                "I'm closing my account, please refund the {amount} of store credit left on it "
                "to my card.",
            ),
            (
                "This month's box",
                "I've just cancelled my subscription. This month's box was paid yesterday but "
                "hasn't shipped, could you stop it and refund that payment?",
            ),
            (
                "Credit note but no money",
                "Your credit note says {amount} refunded but nothing has come back to me. "
                "Where is it?",
            ),
            (
                "Refund by transfer",
                "I paid cash at your stall and have returned the {item}. Can you send the "
                "refund by bank transfer?",
            ),
            (
                "Can't deliver to Iceland",
                "You accepted my order but now say you don't deliver to Iceland. Please refund "
                "the payment.",
            ),
            (
                "ID check failed",
                "Your ID check rejected me so the order can't ship. Fine, just refund the "
                "{amount} then.",
            ),
            (
                "Given up",
                "The payment was taken but the order has been stuck on processing for {days} "
                "days. I've given up, please cancel and refund.",
            ),
            (
                "Bank says nothing sent",
                "It's been {days} working days since your refund email and my bank says "
                "nothing has been sent.",
            ),
            (
                "Apple Pay refund",
                "I paid with Apple Pay and returned the {item} a fortnight ago. Where's my money?",
            ),
            (
                "",
                "please refund order {order}, the transfer went through but i dont need it anymore",
            ),
            (
                "Money not credit",
                "Could you refund my return as money rather than gift card credit? I paid by card.",
            ),
            (
                "E-gift card never came",
                "The e-gift card I bought never arrived and your chat can't resend it. Please "
                "just refund me.",
            ),
            (
                "Moving abroad",
                "I'm moving abroad and won't shop with you again. Please refund my wallet balance.",
            ),
            (
                "Express delivery",
                "I paid for express delivery and it took {days} days. Please refund the "
                "delivery charge.",
            ),
            (
                "Instalments after return",
                "You got my return on the 2nd but Klarna still asked me for the next "
                "instalment. Please process the refund.",
            ),
            (
                "Half the order missing",
                "Half my order was out of stock and only the {item} came, but I paid for both. "
                "Please refund the one you couldn't send.",
            ),
            (
                "Cancelled in ten minutes",
                "I cancelled within ten minutes of ordering and you confirmed it. When will "
                "the payment be returned?",
            ),
            ("refund status?", "any update on my refund? the bank transfer one for order {order}"),
            (
                "No longer shipping to Ireland",
                "My gift card is useless now you've stopped shipping to Ireland. Can I have "
                "its value back?",
            ),
            (
                "Price drop",
                "I bought the {item} on Monday for {more} and today it's {amount}. Could you "
                "refund the difference to my PayPal?",
            ),
            (
                "Wrong item",
                "The wrong {item} arrived. I paid by bank transfer, so please send the money "
                "back to the same account.",
            ),
            (
                "Loyalty order returned",
                "I returned the whole order, which I paid partly with points. Please refund "
                "the card part, you can keep the points.",
            ),
            (
                "Declined replacement",
                "I don't want the replacement you offered for the broken {item}. I'd rather "
                "have my money back on the card I used.",
            ),
        ],
        "dispute": [
            (
                "Unknown payment",
                "I don't recognise this payment of {amount} from you. I haven't ordered anything.",
            ),
            ("Charged twice", "you charged me twice for order {order}"),
            (
                "More than my total",
                "The amount taken from my card was {more} but my order total was {amount}.",
            ),
            (
                "Card fee",
                "There's a fee on my card from you that I never agreed to. Nothing at checkout "
                "said there'd be a surcharge.",
            ),
            (
                "Exchange rate wrong",
                "The exchange rate you charged me is way off. Checkout showed {amount} and my "
                "statement says {more}.",
            ),
            (
                "Not me",
                "Someone used my card on your site, I've never shopped with you. Please cancel "
                "whatever they ordered.",
            ),
            (
                "Chargeback",
                "I've asked my bank to reverse the charge for order {order}, since nobody "
                "answers my emails.",
            ),
            (
                "Both went through",
                "Two pending payments of {amount} from you have both gone through now. I only "
                "placed one order.",
            ),
            (
                "Declined then charged",
                "Checkout said my payment was declined, so I paid again with another card, and "
                "now both cards have been charged.",
            ),
            (
                "Charged after cancelling",
                "I cancelled the subscription and removed my card, yet you charged my new card "
                "this month. I didn't authorise that.",
            ),
            (
                "Saved card used",
                "My saved card was charged {amount} for an order I never placed. I've had the "
                "card blocked.",
            ),
            (
                "Stolen card",
                "My card was stolen last week and there's a payment to {shop} after I reported "
                "it. That wasn't me.",
            ),
            (
                "PayPal dispute",
                "I've opened a PayPal dispute for the {amount} payment because I have no idea "
                "what it's for.",
            ),
            (
                "Gift card I didn't buy",
                "There's a gift card purchase of {more} on my account from your shop. I didn't "
                "buy any gift card.",
            ),
            (
                "Klarna for an order I never made",
                "Klarna is chasing me for instalments on an order from you that I never made. "
                "Who placed it?",
            ),
            (
                "Top-up taken twice",
                "My wallet top-up of {amount} was taken from my card twice but the balance "
                "only went up once.",
            ),
            (
                "Transfer and card",
                "I paid by bank transfer as agreed and you've also charged the card on file "
                "for the same order.",
            ),
            (
                "PayPal fee",
                "You added a PayPal fee of {amount} on top of my order. It wasn't shown "
                "anywhere and I don't accept it.",
            ),
            (
                "Charged in euros",
                "I was charged in euros although the site showed pounds, and my bank added "
                "conversion on top. I never agreed to pay in euros.",
            ),
            (
                "Invoice vs card",
                "The invoice says {amount} and my card was charged {more}. Explain the "
                "difference or I'm going to my bank.",
            ),
            (
                "Hold became a charge",
                "You said the {amount} was only a hold, now it's a full charge and the order "
                "was cancelled. I've contacted my card issuer.",
            ),
            ("", "what is this {amount} charge from {shop}?? never heard of you"),
            (
                "Renewed after closing",
                "My membership renewed automatically after I'd closed the account. I didn't "
                "authorise that payment.",
            ),
            (
                "Account hacked",
                "Someone got into my account, changed the email and placed an order with my "
                "saved card. I'm disputing it with my bank.",
            ),
            (
                "Bank dispute",
                "I've raised a dispute with my card company about last month's charges from "
                "{shop}.",
            ),
            (
                "Express I didn't pick",
                "I was charged {amount} for express delivery I never selected. I chose free "
                "standard shipping.",
            ),
            (
                "Full amount at once",
                "I chose pay in 3 but you took the full {more} from my card in one go. That's "
                "not what I agreed to.",
            ),
            (
                "Charged again",
                "My bank reversed the payment, then you charged me again without asking, and "
                "now I've paid twice.",
            ),
            ("", "three transactions from you on my app this morning, same amount, one order"),
            (
                "Apple Pay double",
                "Apple Pay shows two payments to you for the same order in the same minute.",
            ),
            (
                "Handling fee",
                "You added an import handling fee of {amount} to my order after I'd paid. I "
                "didn't agree to that.",
            ),
            (
                "Service charge",
                "There's an extra {amount} on top of my order total labelled service charge. I "
                "never agreed to any service charge.",
            ),
            (
                "Gift card used by someone else",
                "Someone else has been spending my gift card balance, there are orders on it I "
                "didn't make.",
            ),
            (
                "Subscription I never signed up for",
                "I'm being charged {amount} a month by you for a subscription I never signed "
                "up for.",
            ),
            ("Overcharged", "You charged me for three of the {item} and I ordered one."),
            (
                "Last warning",
                "If you can't explain this charge by Friday I'll ask my bank for a chargeback.",
            ),
            (
                "Rate nowhere near",
                "You charged my Danish card at a rate nowhere near that day's rate. I want the "
                "overcharge corrected.",
            ),
            (
                "Pre-order charged early",
                "You charged my card for the pre-order today, weeks before it ships. I was "
                "told I'd only pay on dispatch.",
            ),
            (
                "Taken anyway",
                "My ID check failed and the order was cancelled, but the {amount} was taken "
                "anyway. I'm reporting it to my bank.",
            ),
            (
                "Bank charge deducted",
                "You took a bank charge off my transfer and then invoiced me for the "
                "shortfall. I'm not paying your bank's fee.",
            ),
            (
                "Strange statement entry",
                "A payment to KCO {shop} for {amount} turned up on my statement. I have no "
                "order with you.",
            ),
            (
                "Company card",
                "Our company card was charged {more} by you and none of us placed an order. "
                "Who authorised this?",
            ),
            (
                "Two charges, one order",
                "Your page timed out so I ordered again. Now I have two charges and one order, "
                "and I've reported the second to my card company.",
            ),
            (
                "PayPal without login",
                "You took money through my PayPal without me logging in, for an order I didn't "
                "place.",
            ),
            (
                "Card surcharge",
                "I paid {more} but the basket said {amount}, the difference is a card "
                "surcharge nobody told me about.",
            ),
        ],
        "other": [
            (
                "Payment pending",
                "My banking app shows {amount} to {shop} as pending. Has the payment actually "
                "gone through on your side?",
            ),
            ("", "did my payment go through? it says pending on my card"),
            (
                "Order {order} payment",
                "The order page still says payment processing and it's been about an hour. Is "
                "that normal or should I try again?",
            ),
            (
                "Pending",
                "hi, quick one - there's a pending transaction from you but I never got an "
                "order confirmation. Did the order go through or not?",
            ),
            (
                "Still processing",
                "My payment has said processing since yesterday evening. I'd rather not pay a "
                "second time if the first one is just slow, so what should I do?",
            ),
            (
                "Payment status",
                "Could you confirm whether you've received payment for order {order}? My bank "
                "still lists it as pending.",
            ),
            ("", "paid with paypal, status says pending. when will you ship"),
            (
                "Is my order confirmed?",
                "The money has left my account but the website showed an error page after I "
                "clicked pay. Do you have an order under my name?",
            ),
            (
                "Checkout froze",
                "Checkout got stuck on the loading wheel after I entered my card. My app now "
                "shows {amount} pending to you. Do I have an order or not?",
            ),
            (
                "Pending on statement",
                "On my statement the {amount} is still pending, not completed. Will my order "
                "be dispatched while it's in that state?",
            ),
            (
                "Quick question",
                "How long does a payment usually sit as pending with you before the order gets "
                "processed?",
            ),
            (
                "",
                "Is there a delay with payments at the moment? Mine from this morning still "
                "says processing.",
            ),
            (
                "Order not in my account",
                "I paid about twenty minutes ago and the order isn't in my account yet, though "
                "my bank has the transaction as pending. Just want to be sure it worked.",
            ),
            (
                "Has it cleared?",
                "Has payment for {order} cleared yet? I need it for the weekend so want to "
                "make sure nothing is held up.",
            ),
            (
                "PayPal eCheck",
                "I paid through PayPal and it says eCheck, clearing in a few days. Will you "
                "wait for it to clear before sending the {item}?",
            ),
            (
                "awaiting payment?",
                "my order says awaiting payment but i definately paid. what does that mean",
            ),
            (
                "",
                "Can you check if the payment for my {item} went through? The page timed out "
                "right at the very end.",
            ),
            (
                "Stuck",
                "Order {order} has been stuck on payment processing for two days now. Is there "
                "something I need to do on my end?",
            ),
            (
                "Did it work",
                "Not sure my order worked. My bank texted asking if it was me, I said yes, but "
                "there's been no confirmation email from you.",
            ),
            (
                "Payment on hold",
                "My bank says the payment to you is on hold while they run a check. Will my "
                "order be cancelled if that takes a day or two?",
            ),
            ("", "order {order} - is payment all ok your end? still shows pending on my app"),
            (
                "Weekend order",
                "I ordered on Saturday night and the payment is still pending on Monday "
                "morning. Is that just because of the weekend?",
            ),
            (
                "Phone died",
                "Your site said it was processing my payment and not to close the page, and "
                "then my phone died. Did my order go through?",
            ),
            (
                "Safe to order again?",
                "The payment is pending but there's no order in my account. Is it safe to "
                "place it again, or should I wait so I don't end up paying twice?",
            ),
            (
                "Pending since Friday",
                "Still pending since Friday. Not complaining, I just want to know you've got "
                "my order for the {item} and aren't waiting on anything from me.",
            ),
            (
                "Card declined",
                "My card keeps getting declined at checkout even though there's plenty of "
                "money on it. Is there a problem with your payment page?",
            ),
            ("", "card not accepted?? tried 3 times"),
            (
                "Payment failed",
                "Every time I try to pay it says payment failed, please try another method. "
                "I've tried two different cards now.",
            ),
            (
                "No security code",
                "The 3-D Secure screen pops up but the code never arrives on my phone, so I "
                "can't finish the order.",
            ),
            (
                "Verification text",
                "I'm not getting the verification text from my bank when I pay on your site. "
                "Is there any other way to pay?",
            ),
            (
                "Apple Pay",
                "Apple Pay doesn't work on your checkout, it just spins and then closes. Works "
                "fine on every other site.",
            ),
            (
                "Google Pay",
                "There's no Google Pay button at checkout on my Android phone. Do you take it "
                "at all?",
            ),
            (
                "PayPal error",
                "When I choose PayPal it takes me to the login and then straight back to the "
                "basket with an error. No order gets placed.",
            ),
            ("Amex", "Do you take American Express? Mine gets rejected at the very last step."),
            (
                "Virtual card",
                "I tried a virtual card number from my banking app and it was declined. Do you "
                "block virtual cards?",
            ),
            (
                "Card reader at the market",
                "Your card reader at the Saturday market wouldn't take my contactless, so I "
                "had to leave the {item} behind. Can I order it online and collect next week?",
            ),
            (
                "Do not honour",
                "My debit card was declined with the message do not honour. My bank says "
                "nothing's wrong on their side. Any idea?",
            ),
            (
                "",
                "why wont your site take my card, it says billing adress doesn't match but "
                "it's correct",
            ),
            (
                "Postcode mismatch",
                "Checkout says my postcode doesn't match the card. I moved recently - which "
                "address do you check, billing or delivery?",
            ),
            (
                "Can't complete order",
                "I've been trying to buy the {item} for an hour and the payment step just "
                "errors out. Can I pay over the phone instead?",
            ),
            (
                "Error 402",
                "I get Error 402 - transaction not authorised when I try to pay. What does "
                "that mean?",
            ),
            (
                "Basket emptied",
                "The payment didn't go through and the basket emptied itself. Do I need to add "
                "everything again?",
            ),
            (
                "Bank app approval",
                "The approval screen in my bank's app never appears when I pay you, it just "
                "times out after a few minutes.",
            ),
            (
                "Sending to my sister",
                "I'm trying to send the {item} to my sister's address using my own card and "
                "the payment keeps failing. Is that not allowed?",
            ),
            (
                "Failed attempts",
                "My card was rejected twice at checkout. Will the failed attempts show up on "
                "my statement or are they nothing?",
            ),
            (
                "Business card",
                "Our company credit card doesn't go through on your site. Do you accept "
                "corporate cards?",
            ),
            ("", "google pay says something went wrong every time, tried wifi and mobile data"),
            (
                "Pop-up shop",
                "Can I tap to pay at your pop-up shop this weekend or is it cash only? My "
                "contactless wouldn't work there last time.",
            ),
            (
                "Prepaid card",
                "Can I pay with a prepaid card? It keeps saying card type not supported.",
            ),
            (
                "Last one in stock",
                "I'm trying to buy the last {item} in stock and the payment keeps failing. "
                "Could you hold it for me while I sort my card out with the bank?",
            ),
            (
                "Money back in my account?",
                "The {amount} I paid for order {order} has reappeared in my account. Is my "
                "order cancelled or is it still coming?",
            ),
            (
                "Payment reversed",
                "My bank reversed the payment to you, I think their fraud system flagged it. I "
                "still want the order, so how do I pay again?",
            ),
            ("", "the money came back on my card today, did something go wrong with the order?"),
            (
                "Hold released",
                "The hold of {amount} on my card has dropped off. Does that mean you've "
                "cancelled my order?",
            ),
            (
                "PayPal cancelled it",
                "PayPal emailed to say my payment to you was cancelled. I didn't cancel "
                "anything. Is my order still going ahead?",
            ),
            (
                "Order still on?",
                "The pending charge vanished from my statement after three days and I haven't "
                "had a dispatch email. Is the order still on?",
            ),
            (
                "Security check",
                "My bank sent your payment back because of a security check. I've since told "
                "them it was me. What do you need from me to keep the order?",
            ),
            (
                "Should I pay again?",
                "The payment came back into my account but the order still shows as placed. Do "
                "I need to pay again or will you take it later?",
            ),
            (
                "",
                "Funds for my order have been released back by my bank?? I still want the "
                "{item}, pls advise",
            ),
            (
                "Payment voided",
                "I got a notification that my card payment to {shop} was voided. I didn't ask "
                "for that and I hope my order isn't lost.",
            ),
            (
                "Backorder",
                "You put a hold on my card for a backordered item and now it's gone. Will you "
                "take payment again when it's back in stock?",
            ),
            (
                "Confused",
                "Bit confused: the money for order {order} is back in my account, but I've "
                "also had a dispatch email. I don't want the parcel to arrive unpaid, so what "
                "happens now?",
            ),
            (
                "New payment link",
                "My bank blocked the payment and returned it, then unblocked my card. Could "
                "you send me a new payment link?",
            ),
            (
                "Still want it",
                "The money went back onto my card overnight. If the order's been cancelled, "
                "could you send a link so I can pay again? I still want it.",
            ),
            (
                "Pre-authorisation",
                "Was the {amount} on my card just a pre-authorisation? It has disappeared now "
                "and I want to check you'll still charge when it ships.",
            ),
            (
                "Re: order {order}",
                "Good news I suppose, my bank has put the money back, but I've no idea why. "
                "I'm not cancelling, I still want everything.",
            ),
            (
                "Google Pay reversed",
                "Google Pay lists my payment to you as reversed. Is that something on your "
                "end? The order page looks normal.",
            ),
            ("", "payment bounced back to my account, do i still have an order or not"),
            (
                "Please don't cancel",
                "My card provider reversed the transaction by mistake. Please don't cancel my "
                "order, I'm happy to pay again another way.",
            ),
            (
                "Flagged as suspicious",
                "My bank cancelled the payment to you as suspicious. They say it's sorted now. "
                "Can you try charging it again or do I need to reorder?",
            ),
            (
                "Reserved amount",
                "The amount reserved when I ordered has been released. Are you still waiting "
                "on stock for the {item}?",
            ),
            (
                "Do I owe you?",
                "The payment for my last order was returned to me but I've already received "
                "the {item}. I don't want to keep it without paying, how do I settle up?",
            ),
            (
                "",
                "Money came back on my Visa from you, not sure why. The order arrived fine. Do "
                "I owe you anything?",
            ),
            ("Bank transfer", "I paid by bank transfer on Monday. Has it reached you yet?"),
            ("", "how long does a bank transfer take to show up your end"),
            (
                "Wrong reference",
                "I used the wrong reference on my transfer, I put my name instead of the order "
                "number {order}. Can you still match it up?",
            ),
            (
                "Wrong account number",
                "I think I typed one digit wrong in your account number when I sent the "
                "transfer. What should I do?",
            ),
            (
                "Transfer returned",
                "My bank says the transfer I sent you was returned. Have your bank details "
                "changed?",
            ),
            (
                "Transfer for wrong order",
                "I've just sent a transfer meant for a different order. Can I stop it with my "
                "bank, or will it already have reached you?",
            ),
            ("IBAN", "Could you send me your IBAN and BIC? I'm paying from a German account."),
            (
                "Sort code",
                "What sort code and account number should I use to pay for order {order}?",
            ),
            (
                "Transfer sent",
                "Just to let you know I've sent {amount} by bank transfer for order {order}, "
                "with the order number as the reference.",
            ),
            ("", "transfer done, will you send the {item} once it clears or is there a wait"),
            (
                "Paying by bank",
                "Is bank transfer an option for bigger orders? I'd rather not put {more} on a "
                "card.",
            ),
            (
                "Screenshot attached",
                "I've attached a screenshot of my transfer confirmation. Please let me know "
                "when it lands.",
            ),
            (
                "SEPA",
                "I'm sending the money from Switzerland. How many days should I allow for a "
                "SEPA transfer to reach you?",
            ),
            (
                "Name won't match",
                "The transfer will come from my husband's account, not mine, so the name won't "
                "match the order. Is that okay?",
            ),
            (
                "Confirmation of payee",
                "My banking app warns that the account name doesn't match when I put your "
                "details in. Is it safe to send anyway?",
            ),
            (
                "Paid two ways",
                "I paid part of order {order} by transfer and part by card. Could you check it "
                "has all come through fine?",
            ),
            ("Reference?", "What reference would you like me to use on the bank transfer?"),
            (
                "Account closed?",
                "My transfer bounced back with a note saying the account was closed. Have you "
                "moved banks?",
            ),
            (
                "Payment deadline",
                "Your email says to pay by transfer within {days} days. If it arrives a day "
                "late, will the order be cancelled?",
            ),
            (
                "Faster Payments",
                "I sent the money by Faster Payments an hour ago, it should be instant. Can "
                "you see it yet?",
            ),
            (
                "Sent too little",
                "I think I sent {amount} by transfer but the invoice total was {more}. Can I "
                "just send the difference?",
            ),
            (
                "Overpaid by transfer",
                "I transferred {more} by accident instead of {amount}. Could you keep the "
                "extra as credit for my next order?",
            ),
            (
                "",
                "sent the transfer from my business account, reference is the invoice no. hope "
                "thats fine",
            ),
            (
                "Euro transfer",
                "Can I pay by bank transfer in euro from Ireland or does it have to be sterling?",
            ),
            ("Card fee?", "Do you charge a fee if I pay by credit card?"),
            ("", "is there a surcharge for paypal"),
            (
                "Exchange rate",
                "What exchange rate do you use when I pay in euros? Is it set by you or by my "
                "bank?",
            ),
            ("Currencies", "Which currencies can I pay in? I have a US dollar card."),
            (
                "My bank's fee",
                "My bank added a non-sterling transaction fee to my order. I know that's my "
                "bank, not you, but is there a way to avoid it next time?",
            ),
            ("Customs", "Will I have to pay customs or import fees if I order to Norway?"),
            (
                "Import VAT",
                "Is import VAT included in your prices for Switzerland, or is it collected on "
                "delivery?",
            ),
            ("Duties", "If I order the {item} to the US, who pays the duties, me or you?"),
            (
                "International transfer cost",
                "My bank wants {amount} to send an international transfer. Is there a cheaper "
                "way to pay you?",
            ),
            ("", "do you charge extra for amex"),
            (
                "Prices in euros",
                "Your site shows me prices in euros but my card is in pounds. Will the amount "
                "I'm charged be different?",
            ),
            (
                "Conversion",
                "Does the price I see in dollars at checkout already include conversion, or "
                "will my card company convert it?",
            ),
            (
                "Cash advance fee",
                "My card provider put a cash advance fee on my payment to you. I'm sorting it "
                "out with them, but have you heard of that happening before?",
            ),
            (
                "Receiving fee",
                "If I pay by bank transfer from the Netherlands, is there a receiving fee on "
                "your side as well?",
            ),
            ("Swiss francs", "Can I pay in Swiss francs, or only GBP and EUR?"),
            (
                "Extra to pay on arrival?",
                "Ordering from Canada for the first time. Apart from shipping, will there be "
                "anything extra to pay when it arrives?",
            ),
            (
                "Customs forms",
                "Do you attach the customs forms to the parcel yourselves? I'd like to avoid a "
                "hold-up at the border.",
            ),
            ("", "is the price on the website the final price or is vat added at checkout"),
            (
                "Foreign exchange fee",
                "My bank charged me {amount} as a foreign exchange fee on my order. Not your "
                "fault at all, but do you have a GBP option so it doesn't happen again?",
            ),
            (
                "Revolut",
                "If I pay with Revolut in euros, do you convert at your end, or should I "
                "switch to pounds first for a better rate?",
            ),
            (
                "PayPal conversion",
                "PayPal offers to convert the payment for me at checkout. Is it better to let "
                "PayPal do it or pay in your currency?",
            ),
            (
                "Duty to Australia",
                "Are there import duties on rugs going to Australia? The {item} is a gift and "
                "I don't want my friend paying on delivery.",
            ),
            (
                "Fees included?",
                "Before I order: are card payment fees included in the prices shown, or added "
                "at the end?",
            ),
            (
                "SWIFT charges",
                "My bank charged me for the SWIFT transfer to you. Should I have picked shared "
                "or our for the charges? I want you to get the full amount.",
            ),
            (
                "Gift card not working",
                "The gift card code my friend gave me says invalid at checkout. I've typed it "
                "exactly as it's printed.",
            ),
            (
                "Top-up not showing",
                "I topped up my {shop} wallet with {amount} this morning and the balance "
                "hasn't changed.",
            ),
            ("", "how do i add credit to my account"),
            ("Gift card balance", "How can I check how much is left on my gift card?"),
            (
                "E-gift card not received",
                "I bought an e-gift card for my sister's birthday on Friday and she hasn't "
                "received the email. Could you resend it?",
            ),
            (
                "Loyalty points missing",
                "The points from my order about {days} days ago haven't been added to my "
                "account yet.",
            ),
            (
                "Do points expire?",
                "Do loyalty points expire? I've got quite a few saved up and don't want to "
                "lose them.",
            ),
            (
                "Top-up failed",
                "The top-up to my wallet failed but my bank texted to say my card was used. "
                "Can you check if the credit is there after all?",
            ),
            (
                "Top-up reversed",
                "My wallet top-up was reversed by my bank. How do I try again without it "
                "getting blocked?",
            ),
            (
                "Store credit",
                "I have store credit from an exchange last month. How do I use it at checkout? "
                "I can't see the option.",
            ),
            (
                "Gift card limit",
                "Is there a maximum value for a gift card? I'd like to get one for {more}.",
            ),
            ("Two gift cards", "Can I use two gift cards on one order?"),
            (
                "Rest by card",
                "My gift card doesn't cover the whole order. Can I pay the rest by card?",
            ),
            ("", "gift card code not accepted, says already used but i havent used it yet"),
            (
                "Lost gift card",
                "I've lost the paper gift card I got at Christmas but I still have the "
                "receipt. Can you look up the code?",
            ),
            (
                "Posted gift card",
                "I ordered a physical gift card to be posted {days} days ago and it still "
                "hasn't come.",
            ),
            ("Wallet limit", "Is there a limit on how much I can keep in my account wallet?"),
            (
                "Credit note",
                "You said you'd add a credit note to my account after the exchange, but I "
                "can't see it in my balance.",
            ),
            ("Gift card expiry", "When does my gift card expire? There's no date on it anywhere."),
            ("Points", "can i pay for the whole {item} with points or only part of it"),
            (
                "Balance lower than expected",
                "My gift card balance shows {amount}, but I thought there was more left after "
                "my one order. Could you check its history?",
            ),
            (
                "UK gift card abroad",
                "Can a gift card bought on the UK site be used on your EU site?",
            ),
            ("Top up with PayPal", "Can I top up my account balance with PayPal, or only by card?"),
            (
                "Referral credit",
                "My friend ordered using my referral link but I haven't got the credit. How "
                "long does it take to show?",
            ),
            (
                "Card expired",
                "The card saved on my account has expired. How do I put the new one on?",
            ),
            (
                "Lost my card",
                "I lost my debit card yesterday and have cancelled it. Please remove it from "
                "my account, I'll add a new one.",
            ),
            (
                "Stolen card",
                "My purse was stolen with my card in it. Can you delete the card details you "
                "have on file for me?",
            ),
            (
                "Subscription card",
                "My candle subscription is on an old card that's being replaced. How do I "
                "change it before the next box?",
            ),
            ("", "need to update the card on my subscription, bank sent me a new number"),
            (
                "Remove saved card",
                "How do I remove a saved card from my account? I can't find the option anywhere.",
            ),
            (
                "Card in a data leak",
                "My bank says my card details turned up in a data leak somewhere and has sent "
                "me a new card. All my payments to you are fine, I just need to swap the card "
                "on my account.",
            ),
            ("Switch to PayPal", "Can I switch my subscription from card to PayPal?"),
            (
                "Same number, new expiry",
                "I've got a new card with the same number but a different expiry date. Do I "
                "need to update anything?",
            ),
            (
                "Don't save my card",
                "I'd rather type my card in each time. How do I stop your site saving it?",
            ),
            (
                "Default card",
                "How do I change which card is the default? It keeps picking my old work card.",
            ),
            (
                "Bank replacing cards",
                "My bank is replacing all its cards this month. Will the subscription payment "
                "fail on the 1st?",
            ),
            (
                "",
                "my card got cancelled after i reported it lost, does the saved one still work "
                "or do i redo it",
            ),
            (
                "Direct debit",
                "I'd like to pay for my monthly box by direct debit instead of card. Is that "
                "possible?",
            ),
            (
                "Which card?",
                "Can you tell me which card you have on file for me? The last four digits is "
                "enough.",
            ),
            (
                "Pre-order card",
                "I pre-ordered the {item} and the card I used has since been cancelled. Can I "
                "give you a new one before it ships?",
            ),
            (
                "Frozen card",
                "I've frozen my card in my banking app while I look for it. If it turns up, "
                "will the saved details still work?",
            ),
            (
                "Unlink PayPal",
                "Please unlink my PayPal from my account, I want to pay by card from now on.",
            ),
            (
                "Skimmed card",
                "My card was skimmed at a petrol station so the bank cancelled it. Nothing odd "
                "from you, I just need to update the card on my subscription.",
            ),
            (
                "Subscription payment failed",
                "Your email says my subscription payment failed because the card has expired. "
                "Where do I enter the new details?",
            ),
            (
                "Old cards",
                "I've got two old cards saved and both have expired. The bin icon does "
                "nothing, can you wipe them for me?",
            ),
            (
                "Card before dispatch",
                "I'd like to change the card for order {order} before you take the money on "
                "dispatch. Is that doable?",
            ),
            (
                "Invoice",
                "Could you send me a VAT invoice for order {order}? I need it for my expenses.",
            ),
            ("", "can i get a receipt for my last order pls"),
            (
                "VAT number",
                "Could you add our company VAT number to the invoice? I'll send it over in my "
                "next email.",
            ),
            (
                "No confirmation email",
                "I never got a payment confirmation email for order {order}. I've checked spam "
                "as well.",
            ),
            (
                "Proof of payment",
                "I need proof of payment for an insurance claim. Could you send something "
                "showing what I paid and when?",
            ),
            ("Company name", "Can the invoice be made out to my company instead of me personally?"),
            ("Gift receipt", "Is it possible to get a gift receipt without prices for the {item}?"),
            (
                "Old address on invoice",
                "The invoice has my old address on it. Could you reissue it with the new one?",
            ),
            (
                "Copy of invoice",
                "I've lost the invoice that came in the parcel. Could you email me a copy?",
            ),
            ("", "where do i download invoices on my account"),
            (
                "Transaction ID",
                "Our accounts department wants a payment confirmation with the transaction ID. "
                "Where can I find that?",
            ),
            (
                "VAT shown separately?",
                "Does your invoice show the VAT separately? Our accountant needs the net and "
                "gross figures.",
            ),
            (
                "Resend confirmation",
                "I paid {amount} but didn't get any order confirmation. Could you resend it to "
                "this address?",
            ),
            (
                "Pro forma",
                "Could you send a pro forma invoice first so our finance team can pay by transfer?",
            ),
            (
                "Receipt in euros",
                "Can I have the receipt in euros for my records? I paid from a euro account.",
            ),
            (
                "One invoice",
                "Is it possible to get one invoice covering order {order} and the one I placed "
                "last week?",
            ),
            (
                "PO number",
                "Please put our PO number on the invoice, I forgot to add it at checkout. It's "
                "PO-{days}-22.",
            ),
            (
                "Name spelt wrong",
                "The receipt has my name spelt wrong. Could you correct it? It's for a "
                "warranty registration.",
            ),
            (
                "Yearly statement",
                "Could you send me a list of all my orders and payments this year? I'm doing "
                "my accounts.",
            ),
            (
                "PayPal receipt",
                "PayPal sent me a receipt but you didn't. Will I need your own receipt if "
                "there's ever a problem with the {item}?",
            ),
            (
                "Commercial invoice",
                "The courier is asking for a commercial invoice for my parcel. Could you email "
                "it over?",
            ),
            (
                "Confirmation to old email",
                "I think my payment confirmation went to my old email address. Could you "
                "forward it to this one?",
            ),
            (
                "Invoice link broken",
                "The invoice link in my email gives a 404. Could you attach the PDF instead?",
            ),
            (
                "Cash receipt",
                "I paid cash at your market stall on Saturday. Could I have an emailed receipt "
                "for the {item}?",
            ),
            ("Klarna", "Do you offer Klarna?"),
            ("", "can i pay in 3 instalments"),
            (
                "First instalment",
                "When is the first Klarna instalment taken, when I order or when it's dispatched?",
            ),
            (
                "Pay later vanished",
                "The pay later option disappeared from checkout when I took an item out. Is "
                "there a minimum order?",
            ),
            (
                "Klarna declined",
                "Klarna declined me at checkout with no reason given. Can I still order with "
                "an ordinary card?",
            ),
            ("Pay off early", "Can I pay off the rest of my instalments early?"),
            (
                "Due before delivery",
                "My Klarna app says the next payment is due before my order will even arrive. "
                "Is that right?",
            ),
            (
                "Push back due date",
                "Is it possible to push my pay later due date back a week? Payday is late this "
                "month.",
            ),
            (
                "Klarna and returns",
                "If I pay with Klarna and later send something back, how does that work with "
                "the instalments?",
            ),
            ("Clearpay", "Do you take Clearpay or PayPal Pay in 3?"),
            (
                "Klarna order missing",
                "Klarna says my purchase is confirmed but I don't see the order in my {shop} "
                "account.",
            ),
            ("", "klarna says pending, has my order actually been placed?"),
            ("Interest", "Are the instalments interest-free?"),
            (
                "Pay in 3 schedule",
                "I picked PayPal Pay in 3 but only see one payment scheduled in PayPal. Is "
                "that correct?",
            ),
            (
                "Klarna cancelled the purchase",
                "Klarna emailed to say they'd cancelled the purchase. I still want the {item}, "
                "what do I do now?",
            ),
            ("Instalment card", "How do I change the card my instalments come out of?"),
            ("Gift card on Klarna", "Can I buy a gift card with Klarna?"),
            (
                "Reminder",
                "I got a reminder about my second instalment but I've already paid it in the "
                "app. Just checking it reached you.",
            ),
            (
                "Pay later maximum",
                "What's the most I can put on pay later with you? I'd like the big {item} and "
                "two cushions.",
            ),
            (
                "Klarna not showing",
                "Klarna isn't showing at checkout for me at all. Is it only for UK addresses?",
            ),
            (
                "Pay in 30 days",
                "If I choose pay in 30 days, when do the 30 days start - order date or delivery?",
            ),
            ("Two cards, one order", "Can my partner and I split one order across two cards?"),
            ("Credit check", "Does using pay later at your checkout do a credit check?"),
            (
                "Why ID?",
                "Why do you need a photo of my ID? I've never been asked that by a shop before.",
            ),
            (
                "Verify identity",
                "Your site says my order is on hold until I verify my identity. How do I do that?",
            ),
            (
                "Change email",
                "How do I change the email on my account? I don't use the old one anymore.",
            ),
            ("", "forgot my password and the reset email isnt coming through"),
            ("Name change", "I got married and need to change my surname on my account."),
            ("Close account", "Please close my account and delete my details."),
            (
                "Age limit",
                "My son is 16. Can he have his own account and pay with his own debit card?",
            ),
            ("Norway", "Do you deliver to Norway?"),
            (
                "Foreign card",
                "Do you accept cards issued outside the UK? Mine is from a Canadian bank.",
            ),
            (
                "Passcode",
                "The app keeps asking for a passcode I don't remember setting. How do I reset it?",
            ),
            (
                "Locked out",
                "My account got locked after too many login attempts. Can you unlock it?",
            ),
            (
                "Login code",
                "I've changed my phone number and can't get the login code anymore. Can you "
                "update the number for me?",
            ),
            (
                "Two accounts",
                "I seem to have two accounts with different emails. Can you merge them so my "
                "order history is in one place?",
            ),
            ("Date of birth", "Why does checkout ask for my date of birth?"),
            ("", "can i order as a guest without making an account"),
            (
                "Billing address",
                "I've moved house. Can I update the billing address on my account without "
                "placing an order?",
            ),
            ("Jersey", "Do you ship to Jersey? The checkout won't accept my postcode."),
            (
                "Student discount",
                "I'm trying to verify my student status for the discount and it keeps failing.",
            ),
            ("Phone number", "Do I have to give a phone number to order? I'd rather not."),
            (
                "Account gone?",
                "I can't log in and the password reset says no account found. Has my account "
                "been deleted?",
            ),
            (
                "Passport upload",
                "Is it safe to upload my passport for the verification? What do you keep it "
                "for and for how long?",
            ),
            (
                "Mum's account",
                "The account is in my late mother's name and I'd like to close it. What do you "
                "need from me?",
            ),
            ("US billing address", "Can I use a US billing address with a UK delivery address?"),
            ("Emails", "Please change my email settings, I only want order emails, no marketing."),
        ],
    },
}

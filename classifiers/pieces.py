"""Hand-written pieces of customer mail, English: what `compose.py` combines.

Bodies follow the label guide in `GUIDE.md`. Placeholders: {order}, {amount},
{more} (a larger amount), {item}, {days}, {name}, {shop}. The other languages
live in `pieces_intl.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Pieces:
    """Everything one language needs to compose mail."""

    greetings: list[str]
    signoffs: list[str]
    asides: list[str]
    devices: list[str]
    bodies: dict[str, list[tuple[str, str]]]  # label -> (subject, body)
    quoted: list[str]  # earlier mail from the shop, quoted under a reply
    quote_headers: list[str]
    reply_prefix: str
    shop_subjects: list[str]
    forward_notes: list[str]
    forward_header: str
    extras: dict[str, list[str]] = field(default_factory=dict)  # label -> a sentence to add


EN = Pieces(
    greetings=[
        "Hi,",
        "Hello,",
        "Hi there,",
        "Dear Sir or Madam,",
        "Hello {shop} team,",
        "Good morning,",
        "Hiya",
        "Dear customer services,",
        "Hey",
        "To whom it may concern,",
        "Hi {name},",
        "Afternoon,",
    ],
    signoffs=[
        "Thanks,\n{name}",
        "Kind regards,\n{name}",
        "Regards\n{name}",
        "Cheers",
        "Thanks in advance!",
        "Best,\n{name}",
        "Many thanks\n{name}\n07700 900{days}",
        "{name}",
        "Thank you\n\n--\n{name}\nSent from my phone, excuse the typos",
        "Best wishes,\n{name} ({order})",
        "Yours faithfully,\n{name}",
        "ta",
    ],
    asides=[
        "I've ordered from you a few times before and never had a problem.",
        "Sorry for the long email.",
        "My order number is {order}.",
        "It was a birthday present for my mum.",
        "I did try calling but nobody picked up.",
        "Order ref {order}, placed about {days} days ago.",
        "I'm away next week so email is best.",
        "This is the second time I'm writing about this.",
        "Photos attached.",
        "I bought it with my partner's account, same address though.",
        "Not sure if this is the right address for this.",
        "I paid with my Visa card.",
        "Paid through PayPal.",
    ],
    devices=[
        "Sent from my iPhone",
        "Sent from Outlook for Android",
        "Get Outlook for iOS",
        "Sent from my Galaxy",
        "Sent from Yahoo Mail on Android",
    ],
    bodies={
        "refund": [
            (
                "Broken on arrival",
                "The {item} arrived smashed, the box was crushed on one side. I'd like a refund please.",
            ),
            (
                "Refund please",
                "Can I get a refund for order {order}? The {item} is nothing like the photos on your site.",
            ),
            (
                "Return for refund",
                "I'd like to return the {item} and get my money back. It's unused and still in the packaging.",
            ),
            (
                "Wrong item",
                "You sent me the wrong colour {item}. I don't want a replacement, just refund me please.",
            ),
            ("Cancel order", "Please cancel order {order} and refund me, I ordered by mistake."),
            (
                "Cancel my order",
                "I need to cancel my order, it hasn't shipped yet. Please put the {amount} back on my card.",
            ),
            (
                "Late delivery",
                "My order was meant to arrive for the weekend and it's now {days} days late. I don't need it anymore, please refund the full amount.",
            ),
            (
                "Where is my refund",
                "I sent the {item} back over two weeks ago and I'm still waiting for my refund. The tracking shows you received it.",
            ),
            (
                "Refund not received",
                "You emailed on the 3rd saying my refund of {amount} was processed but nothing has shown up in my account yet.",
            ),
            ("refund??", "still no refund. it's been {days} days since you got the parcel back"),
            (
                "Partial refund",
                "The {item} came with a chip on the rim. I'm happy to keep it if you can give me a partial refund, say {amount}?",
            ),
            (
                "Price drop",
                "I bought the {item} last week for {more} and it's now on sale for {amount}. Could you refund the difference?",
            ),
            (
                "Missing item",
                "One of the two items in order {order} was missing from the parcel. Please refund the missing one, I don't want to wait for another.",
            ),
            (
                "Faulty",
                "The {item} stopped working after three days. I would like a refund rather than a repair.",
            ),
            (
                "Changed my mind",
                "I've changed my mind about the {item}, can I send it back for a refund? It's still within 14 days.",
            ),
            (
                "Return",
                "I returned the {item} last Monday (tracking RM{days}8821GB). When will the money be back on my card?",
            ),
            (
                "Not as described",
                "The listing said solid oak, this is clearly veneer. I want to send it back and have my money refunded.",
            ),
            (
                "Damaged parcel",
                "Parcel arrived soaked and the {item} inside is ruined. Please refund {amount}.",
            ),
            (
                "Order {order}",
                "Hi, the {item} was too small for the space, I'd like to return it for a full refund. What's the address to send it to?",
            ),
            (
                "Never arrived",
                "My order never arrived. The courier says delivered but it wasn't, I've checked with the neighbours. I'd like my money back.",
            ),
            (
                "Refund status",
                "Just checking on the status of my refund for order {order}, I was told 5-7 days and it has been longer.",
            ),
            (
                "Refund",
                "Please refund me for the {item}. It arrived with a big scratch across the top.",
            ),
            (
                "Returned goods",
                "You confirmed you received my return on {days} March but I haven't had the refund. Can you check what's going on?",
            ),
            (
                "Very disappointed",
                "Honestly really disappointed. The {item} looks cheap and the stitching is coming apart already. Refund please, I'll pay the postage back if I have to.",
            ),
            (
                "Wrong size",
                "Ordered the large {item} and got the small. Rather than swap it I'd prefer you just refund it, I found one elsewhere.",
            ),
            (
                "Cancel subscription and refund",
                "I cancelled my monthly box before the renewal date but the box still came. Please refund this month, I'll return the box.",
            ),
            (
                "Gift",
                "I received a {item} as a gift but it's a duplicate. Can I return it for a refund to the person who bought it?",
            ),
            (
                "Quality",
                "The colour ran the first time I washed the {item}. I followed the label. I want a refund.",
            ),
            (
                "Refund for delivery charge",
                "The parcel came by standard post even though I paid {amount} for next-day delivery. Please refund the delivery charge.",
            ),
            ("", "hi can i send the {item} back and get a refund, doesnt fit"),
            ("", "The {item} I ordered came broken. Refund please. Order {order}."),
            (
                "Still waiting",
                "Still waiting for the money from my return. How long does a refund normally take with you?",
            ),
            (
                "refund owed",
                "You agreed on the phone to refund {amount} for the damaged {item}. Nothing yet. When will it go through?",
            ),
            (
                "Return label",
                "Please send me a returns label for the {item}, I want to return it for a refund as it's faulty.",
            ),
            (
                "Order cancelled but not refunded",
                "You cancelled my order because the {item} was out of stock, but I haven't been refunded the {amount}.",
            ),
        ],
        "dispute": [
            (
                "Card fee not shown",
                "There's a {amount} card payment fee on my statement from you. Nothing about a fee was shown at checkout, I didn't agree to that.",
            ),
            (
                "Exchange rate",
                "You charged my card at a much worse exchange rate than the one on your site. I was told {amount} and paid {more}.",
            ),
            (
                "Payment I didn't make",
                "A payment to {shop} went out of my account last night and it wasn't me. My card is in my wallet.",
            ),
            (
                "Charged after cancelling",
                "I cancelled order {order} before it shipped and got the cancellation email, but the money was still taken today.",
            ),
            (
                "Extra charge",
                "Why is there an extra charge of {amount} from you on my statement? My order was already paid.",
            ),
            (
                "Charged more than once",
                "I see three identical payments of {amount} to you this morning for one order.",
            ),
            (
                "Charged twice",
                "I've been charged twice for order {order}, two payments of {amount} on the same day. Please sort this out.",
            ),
            (
                "Double payment",
                "My bank statement shows the same payment to {shop} two times. I only placed one order.",
            ),
            (
                "Unknown charge",
                "There's a charge from {shop} on my card for {amount} that I don't recognise. I haven't bought anything from you.",
            ),
            (
                "What is this payment?",
                "I have a payment to your company on my statement and I have no idea what it's for. Can you explain?",
            ),
            (
                "Wrong amount",
                "My order total was {amount} but you took {more} from my account. Why?",
            ),
            (
                "Overcharged",
                "I was overcharged. The checkout said {amount}, my card was billed {more}.",
            ),
            (
                "Extra fee",
                "There's an extra fee of {amount} on my card statement from you that nobody mentioned when I ordered. I didn't agree to that.",
            ),
            (
                "Bank dispute",
                "If this charge isn't reversed by Friday I'll be asking my bank to get the money back.",
            ),
            (
                "PayPal",
                "I have opened a case with PayPal about order {order} because you haven't answered my last three emails.",
            ),
            (
                "Chargeback",
                "I've contacted my card provider and they are starting a chargeback for the {amount} you took.",
            ),
            (
                "Fraud",
                "Someone has used my card on your website. I didn't place order {order}. I want this payment cancelled.",
            ),
            (
                "Unauthorised",
                "I never authorised this payment. My card details must have been stolen. Please cancel it.",
            ),
            (
                "Subscription charge",
                "I cancelled my subscription last month and you still took {amount} this morning. I didn't agree to another payment.",
            ),
            (
                "Exchange rate",
                "The price was in euros but I was charged in pounds at a terrible exchange rate, I paid {more} instead of {amount}. That's not what I agreed to.",
            ),
            ("Card fee", "Why was I charged a card fee? Your site said no extra charges."),
            (
                "Payment taken twice",
                "The payment was taken twice from my account, once on Tuesday and again on Wednesday.",
            ),
            (
                "Direct debit",
                "There's a direct debit to you I never set up. Please stop it and return the money.",
            ),
            (
                "Not my order",
                "I've got a receipt email for order {order} and a payment on my card but I didn't order anything. Who made this purchase?",
            ),
            (
                "Still charged",
                "You said my order was cancelled but you still charged my card {amount}. I'm disputing that charge.",
            ),
            (
                "Charged for cancelled order",
                "I cancelled within an hour and you charged me anyway. I've reported it to my bank.",
            ),
            (
                "Statement",
                "Looking at my statement I see {amount} from {shop} on the {days}th. I don't remember making that purchase at all.",
            ),
            (
                "Two charges",
                "Two charges for one order?? {amount} and {amount}. I want one of them gone.",
            ),
            (
                "Charge I don't know",
                "Can you tell me what the {amount} charge from you is? Nobody in our house ordered anything.",
            ),
            (
                "Pending charge",
                "I have a pending charge of {more} from you but my basket was {amount}. I didn't agree to pay more.",
            ),
            (
                "Shipping charged",
                "You charged me {amount} for shipping after I'd been told shipping was free. I want that charge taken off.",
            ),
            (
                "Bank",
                "My bank has flagged a payment to {shop} as suspicious. I didn't make it. Please confirm it will be cancelled.",
            ),
            ("", "charged twice. order {order}. fix it"),
            ("", "why have you taken {more} when the order was {amount}"),
            (
                "Disputed payment",
                "Please treat this as a formal complaint about the payment of {amount}. I didn't authorise it and I'll be raising it with my card issuer.",
            ),
            (
                "Re-billed",
                "I was billed again for order {order} which I already paid for last month.",
            ),
            (
                "Charged in wrong currency",
                "I got charged in dollars even though I'm in the UK and the site showed pounds, my bank added a foreign transaction fee. I did not agree to that.",
            ),
            (
                "Money taken without order",
                "Money came out of my account to you but there is no order on my account. What is this?",
            ),
        ],
        "other": [
            (
                "Card declined",
                "My card was declined at checkout three times, but my bank says there's nothing wrong with it. Can I pay another way?",
            ),
            (
                "Payment failed",
                "The payment failed when I tried to order the {item}. Will my order still go through if I try again?",
            ),
            (
                "When am I charged?",
                "When will my card be charged, when I order or when the {item} ships?",
            ),
            ("Apple Pay", "Do you take Apple Pay or Google Pay? I don't have my card with me."),
            ("Pay in instalments", "Is it possible to pay for the {item} in instalments?"),
            (
                "Expired card",
                "My card on file has expired. How do I update my card details for the subscription?",
            ),
            (
                "Gift card balance",
                "How can I check the balance on my gift card? I think there's about {amount} left.",
            ),
            (
                "Store credit",
                "I have store credit from a return last year. How do I use it at checkout?",
            ),
            ("Paying in euros", "Can I pay in euros? I live in Ireland and my card is in euros."),
            (
                "Bank details",
                "I'd like to pay by bank transfer. Could you send me your bank details and the reference to use?",
            ),
            (
                "Is checkout secure?",
                "Is it safe to put my card details into your website? I couldn't see a padlock.",
            ),
            (
                "VAT outside the UK",
                "Do I pay UK VAT if I order from Switzerland, or do I pay import tax when it arrives?",
            ),
            (
                "Company invoice",
                "Could the invoice for order {order} be made out to my company, {shop} Ltd, with our address?",
            ),
            (
                "Payment pending",
                "My banking app shows the payment as pending. Does that mean the order went through?",
            ),
            (
                "Did my payment go through?",
                "I got an error page after paying. Has my payment gone through and is the order placed?",
            ),
            (
                "Verification code",
                "I'm not getting the verification text from my bank when I pay on your site. Any ideas?",
            ),
            (
                "Gift card top up",
                "Can I add money to a gift card I already have, or do I need to buy a new one?",
            ),
            (
                "Change payment method",
                "I want to change the card my monthly box is paid with. Where do I do that?",
            ),
            (
                "Price in dollars",
                "How much is the {item} in US dollars, roughly, including shipping to New York?",
            ),
            (
                "Account closed",
                "Please delete my account and my saved card. I'm not unhappy, I just don't order much.",
            ),
            (
                "Password",
                "I forgot my password and the reset link has expired. Can you help me get back in?",
            ),
            ("Order on hold", "My order says 'on hold'. Is something wrong with my address?"),
            (
                "Receipt for expenses",
                "I need a receipt that shows the amount paid and the date, for my expenses claim.",
            ),
            ("Business account", "Do you offer business accounts with 30-day payment terms?"),
            (
                "Discount missing",
                "I forgot to use my discount code. Can you apply it to my next order instead?",
            ),
            ("Thank you!", "Thank you, the refund came through this morning. Great service."),
            (
                "Refund received",
                "Just to let you know the refund arrived, all sorted. Thanks for your help.",
            ),
            (
                "Return policy",
                "What is your return policy? I'm thinking about buying the {item} but want to know if I can send it back.",
            ),
            (
                "Question before ordering",
                "Do you offer refunds on sale items? Looking at the {item} in the sale.",
            ),
            (
                "Where is my order",
                "Where is my order {order}? It was supposed to arrive yesterday and the tracking hasn't moved.",
            ),
            ("Tracking", "Can you send me the tracking number for my order please?"),
            (
                "Change address",
                "I've moved house, can you change the delivery address for order {order} to 14 Elm Street?",
            ),
            (
                "Exchange",
                "Could I swap the {item} for a different colour? I don't need money back, just the blue one instead.",
            ),
            (
                "Size exchange",
                "The {item} is lovely but too small. Can I exchange it for the larger size?",
            ),
            (
                "Invoice",
                "Could you send me a VAT invoice for order {order}? I need it for my business accounts.",
            ),
            (
                "Receipt",
                "Please can I have a receipt for my last order, I deleted the email by accident.",
            ),
            ("Stock", "Will the {item} be back in stock before Christmas?"),
            (
                "Great product",
                "Just wanted to say the {item} is gorgeous, even better than in the pictures. Will be ordering again.",
            ),
            (
                "Wholesale",
                "We run a café and are interested in buying your mugs wholesale. Do you have a trade price list?",
            ),
            ("Delivery to Ireland", "Do you deliver to Ireland and how much is postage?"),
            (
                "Discount code",
                "My discount code WELCOME10 isn't working at checkout, can you help?",
            ),
            (
                "Payment declined",
                "My card keeps getting declined when I try to pay on your site. Is there another way to pay?",
            ),
            ("Pay by bank transfer", "Can I pay by bank transfer instead of card?"),
            ("Gift wrap", "Is it possible to add gift wrapping and a note to my order?"),
            ("Account", "I can't log into my account, the password reset email never comes."),
            ("Care instructions", "How should I clean the {item}? Is it dishwasher safe?"),
            (
                "Add to order",
                "Can I add a second {item} to my order before it ships? I'm happy to pay for it.",
            ),
            ("Delivery date", "When will my order be dispatched? I need it by the {days}th."),
            (
                "Refund sorted, thanks",
                "Thanks so much for refunding the broken {item} so quickly, really appreciate it. I'll definitely shop with you again.",
            ),
            ("Re: refund", "Got it, the money is back in my account. Thanks!"),
            (
                "Returns",
                "How long do I have to return something? I ordered a {item} as a gift and it won't be opened until next month.",
            ),
            ("Collect", "Can I collect my order from your workshop instead of having it posted?"),
            ("Newsletter", "Please take me off your mailing list."),
            ("Personalisation", "Can you engrave a name on the {item}? It's for a wedding."),
            (
                "Order confirmation",
                "I placed an order an hour ago but haven't received a confirmation email. Did it go through?",
            ),
            (
                "Missing invoice",
                "My accountant needs an invoice with your VAT number on it for {amount}. Could you send one?",
            ),
            ("Price question", "Is the price of the {item} including VAT and delivery?"),
            ("Review", "Five stars from me. The {item} arrived quickly and well packed."),
            (
                "Courier",
                "The courier left a card saying they tried to deliver, how do I rearrange?",
            ),
            (
                "Do you refund shipping?",
                "If I return an item do you refund the original shipping too, or only the item? Just checking before I order.",
            ),
            ("Payment methods", "Do you accept PayPal or Klarna?"),
            (
                "Wrong address on order",
                "I just noticed I put my old postcode on order {order}. Could you fix it before it goes out?",
            ),
            (
                "Replacement",
                "The {item} arrived cracked. Could you send a replacement? No need for a refund, I really want the piece.",
            ),
            (
                "Bulk order",
                "I'd like to order 40 of the {item} for an event. Is there a discount for bulk?",
            ),
            (
                "Thank you for the quick reply",
                "Thanks for getting back to me so quickly, that answers my question.",
            ),
            ("", "is the {item} available in green?"),
            ("", "ok thanks"),
            (
                "Charged correctly?",
                "Just checking, is it normal that the payment shows as pending before it goes through? The amount looks right.",
            ),
            (
                "Receipt for my refund",
                "Could you send me a confirmation of the refund you issued last week for my records? It arrived fine.",
            ),
            ("Thanks", "Thank you, the refund arrived today."),
            ("Re: your refund", "Refund received, cheers. Happy to close this."),
            (
                "Thank you",
                "Thanks, I can see the refund on my card now. You've been really helpful.",
            ),
            ("All good", "Thanks for sorting the refund out so fast, it's already in my account."),
            ("Money back", "Just confirming I got my money back for the {item}. Thanks a lot!"),
            (
                "Returns question",
                "Before I order: if the {item} doesn't fit, how do refunds work with you? Do I pay return postage?",
            ),
            (
                "Refund policy",
                "What's your refund policy on personalised items? I don't want to order if I can't send it back.",
            ),
            (
                "Thank you so much",
                "Thank you for the quick refund and for being so nice about the broken {item}. Lovely shop.",
            ),
            (
                "Refund arrived",
                "Hi, the refund arrived yesterday, thanks. Sorry for all the emails!",
            ),
            (
                "Exchange not refund",
                "I don't want a refund, I'd just like to exchange the {item} for the bigger one please.",
            ),
        ],
    },
    extras={
        "refund": [
            "I've attached a photo of the damage.",
            "I'd rather not have a replacement.",
            "Please let me know how to send it back.",
        ],
        "dispute": [
            "I'll be checking with my bank as well.",
            "Please explain this charge as soon as possible.",
            "I've kept screenshots of the statement.",
        ],
        "other": [
            "No rush on this.",
            "Thanks for your help.",
            "Looking forward to hearing from you.",
        ],
    },
    quoted=[
        "Hello,\nThank you for your message. We have received your return and your refund\nwill be processed within 5 working days.\nKind regards,\nCustomer Care",
        "Hi,\nYour order {order} has been dispatched and should arrive within 3-5 working days.\nThanks, the {shop} team",
        "Thanks for getting in touch. Could you send us your order number and a photo\nof the item so we can look into this?\n\nBest wishes\n{shop}",
        "Dear customer,\nWe are sorry to hear about the problem with your payment. Our accounts team\nwill look into it and get back to you.\n{shop}",
        "Hi,\nthanks for your order! If you have any questions just reply to this email.",
    ],
    quote_headers=[
        "On Tue, {days} Mar 2026 at 10:14, {shop} <support@shop.example> wrote:",
        "On {days}/03/2026 09:02, Customer Care wrote:",
        "-----Original Message-----\nFrom: {shop} <help@shop.example>\nSent: {days} March 2026 16:40\nSubject: Your order",
    ],
    reply_prefix="Re: ",
    shop_subjects=["Your order {order}", "Your return", "Your enquiry", "Order confirmation"],
    forward_notes=[
        "Forwarding my email from last week as I've had no reply.",
        "See below, still nothing.",
        "Sending this again.",
        "fyi",
    ],
    forward_header="---------- Forwarded message ---------\nFrom: me\nDate: {days} March 2026\nTo: support",
)

"""More hand-written English mail bodies: plenty of "other" mail about orders, deliveries,
money and payments that asks for no money back and contests no charge, with short casual
refund and dispute mail for contrast. Labels follow `GUIDE.md`."""

from __future__ import annotations

BODIES: dict[str, dict[str, list[tuple[str, str]]]] = {
    "en": {
        "other": [
            # Where the parcel is, delivery, collection: the customer wants the parcel.
            ("", "where is my order"),
            ("Order {order}", "hi any news on {order}? ordered {days} days ago and nothing yet"),
            (
                "Tracking not moving",
                "Tracking has said 'label created' since Monday. Has it actually been handed to "
                "the courier yet?",
            ),
            ("", "has my parcel been sent out"),
            (
                "Stuck in customs",
                "My parcel has been sitting in customs in Dublin for a week now. Is there "
                "anything I need to do to get it released?",
            ),
            (
                "Customs",
                "tracking says held at customs awaiting documents - do you send them the invoice "
                "or do I",
            ),
            (
                "Delivered?",
                "It says delivered but it isn't here. Before I start knocking on doors, does the "
                "courier's note say which neighbour took it in?",
            ),
            (
                "Wrong house",
                "The courier's photo shows my box on a doorstep that definitely isn't mine. Could"
                " you get them to collect it and bring it to the right address? I still really "
                "want the {item}.",
            ),
            (
                "Missed delivery card",
                "Got a 'sorry we missed you' card. Can I pick it up from the depot or will they "
                "try again tomorrow?",
            ),
            ("Delivery time", "Roughly how long is standard delivery to Cornwall at the moment?"),
            ("express", "if i order today with express will it get here before saturday"),
            ("Next day cut-off", "What time do I have to order by to get next-day delivery?"),
            (
                "Shipping to Canada",
                "Do you ship to Canada? And would there be anything to pay when it lands?",
            ),
            (
                "Packstation",
                "Can you deliver to a Packstation in Germany or does it need a street address?",
            ),
            (
                "Collection",
                "Would it be ok for me to collect it from you instead? I'm only ten minutes away "
                "from your unit.",
            ),
            ("", "do you do click and collect or is it delivery only"),
            ("", "tracking link doesnt work, says invalid number"),
            (
                "Half my order",
                "Only one of the two boxes has turned up. Is the second one travelling separately?",
            ),
            ("Dispatched?", "Has {order} gone out yet? I haven't had a shipping email."),
            (
                "Going away",
                "I'm away from the 12th to the 20th. Could you hang on to my parcel and send it "
                "after that?",
            ),
            (
                "Safe place",
                "Can the driver leave it in the porch if nobody answers? I'm at work all day.",
            ),
            (
                "Lost parcel?",
                "I think my parcel has gone missing, the tracking hasn't changed in ten days. "
                "Could you chase the courier or send another one out? I don't want to cancel, I'd"
                " really like the {item}.",
            ),
            ("", "when will it ship?? need it for friday"),
            (
                "Courier",
                "Which courier do you use? I'd like to set up their app so I get notifications.",
            ),
            ("Choosing a day", "Can I pick a delivery day? Weekdays are tricky for me."),
            (
                "Re: Your order has shipped",
                "It says shipped four days ago but Royal Mail have no record of that number. "
                "Could you double check it?",
            ),
            ("Signature", "Will someone need to sign for it? Nobody's in during the day."),
            ("BFPO", "Can you post to a BFPO address?"),
            ("", "did my stuff go out yet? {order}"),
            (
                "Send it to Spain?",
                "I'm spending the summer in Spain, can you send the order there instead of my "
                "home address? Happy to pay whatever the extra postage is.",
            ),
            (
                "Not delivered",
                "Tracking says delivered at 14:02 but I was in all afternoon and nobody knocked. "
                "Can you open a trace with the courier? I'd like the parcel please, not my money "
                "back.",
            ),
            (
                "Still in transit",
                "Tracking has just said 'in transit' for a week. Is that normal for international"
                " parcels?",
            ),
            (
                "Big box",
                "The rug is coming on a pallet apparently? Will they bring it inside or leave it "
                "on the pavement?",
            ),
            ("ETA", "any idea when {order} will turn up? tracking page just says 'soon'"),
            # Replacement parts, repairs, warranty, exchanges without money back.
            (
                "Spare shade",
                "The glass shade on my {item} cracked when we moved house. Do you sell the shade "
                "on its own?",
            ),
            (
                "Teapot lid",
                "I dropped the lid of my teapot (my own fault). Could I buy just a new lid?",
            ),
            (
                "Warranty",
                "My lamp is 14 months old and the switch has stopped working. Is it still under "
                "warranty? I'd like it repaired.",
            ),
            ("Repairs?", "Do you do repairs at all? The handle has come off my favourite mug."),
            ("swap", "could i swap the grey throw for the mustard one? havent used it"),
            (
                "Rug size",
                "The rug is too big for the hallway. Can I exchange it for the 60x90 and pay the "
                "difference?",
            ),
            ("Bulb", "What bulb does the {item} take? The one it came with has just gone."),
            (
                "One chipped mug",
                "One mug from the set arrived with a chip. Could you send a single replacement? "
                "Keeping the rest, they're lovely.",
            ),
            (
                "Gift swap",
                "I was given the cushion cover as a present and it clashes with the sofa. Any "
                "chance of swapping it for the sage green?",
            ),
            (
                "Wrong colour",
                "You sent the blue vase instead of the white. Could you send the white and I'll "
                "post the blue one back? No refund needed.",
            ),
            (
                "Warranty claim",
                "The dimmer on my floor lamp buzzes and flickers, bought in March. How do I make "
                "a warranty claim? Receipt attached.",
            ),
            (
                "Chewed cable",
                "The puppy chewed through the cable on my lamp. Could you sell me a new cable and"
                " plug?",
            ),
            (
                "Candle wick",
                "The wick on my candle has sunk into the wax. Any tips, or do you have "
                "replacement wicks?",
            ),
            (
                "Taller vase",
                "Hi, can I change the small vase for the tall one? I'll send the small one back "
                "this week.",
            ),
            (
                "No screws",
                "The wall bracket came without any screws. Could you pop some in the post?",
            ),
            (
                "Missing base",
                "There was no base in the box for the {item}, only the top part. Could you send "
                "the missing bit?",
            ),
            ("", "swap for a different size pls, {order}"),
            (
                "Another one instead",
                "Rather than money back I'd prefer another {item}, if you've got one in stock.",
            ),
            (
                "Spout snapped",
                "The teapot spout snapped in transit, photos attached. A replacement would be "
                "perfect, it's for my dad's birthday on Sunday.",
            ),
            (
                "Charger",
                "The charger for the rechargeable lamp doesn't charge it. Can you send a new "
                "charger?",
            ),
            (
                "Old pieces",
                "Do you offer any kind of repair for older pieces bought from you a few years "
                "back?",
            ),
            (
                "How do exchanges work",
                "With an exchange, do I send the old one back first or do you send the new one "
                "straight away?",
            ),
            (
                "Fraying",
                "The edge of my rug has started fraying after six months. Would that be covered? "
                "I'd be happy with a repair.",
            ),
            (
                "No receipt",
                "Can I swap a gift without the receipt? My sister gave me her order number, "
                "{order}.",
            ),
            (
                "Stripes or checks",
                "Could I exchange the striped throw for the checked one? I think they're the same"
                " price.",
            ),
            (
                "Hairline crack",
                "There's a hairline crack in the {item} after a month of normal use. Could you "
                "look at the photo and tell me if it's a fault? I'd like a new one.",
            ),
            ("", "can i swap the mug for the teapot and pay extra"),
            (
                "Replacement sent?",
                "You said a replacement {item} would go out last week. Has it been posted yet?",
            ),
            (
                "Matching plate",
                "One of the plates I bought from you in 2022 broke. Do you still make that glaze "
                "so I can replace it?",
            ),
            ("Exchange", "Too dark for our room. Could I have the oat colour instead, same size?"),
            # Changing an order before it ships, gift wrap, codes, price match.
            ("New address", "Please send {order} to my work instead: 3 Mill Lane, Leeds LS2 7QP."),
            ("typo", "I put flat 4 but it's flat 14, sorry!!"),
            (
                "Add a candle set",
                "Is it too late to add a candle set to the order I placed this morning?",
            ),
            (
                "Take the vase off",
                "Could you take the vase off my order and put the small jug on instead? They're "
                "the same price I think.",
            ),
            (
                "Two orders",
                "I placed two orders an hour apart, could you send them together in one box?",
            ),
            ("Gift wrap", "Can you gift wrap the {item} and leave the price out of the box?"),
            (
                "Gift message",
                "Could you add a note saying 'Happy 40th Jo, love from all of us'? I forgot at "
                "checkout.",
            ),
            (
                "Code expired?",
                "SPRING15 says it's expired but your email says it's valid until Sunday.",
            ),
            ("", "the code from the newsletter just says invalid"),
            (
                "Price match",
                "I've seen the same {item} a bit cheaper on another site. Do you price match? "
                "Haven't ordered yet.",
            ),
            ("Competitor price", "Would you match a competitor's price if I send you the link?"),
            (
                "Different name",
                "Can you change the name on the parcel to my partner's? She'll be in to sign for "
                "it.",
            ),
            ("Phone number", "Wrong mobile number on my order, it should be 07700 900{days}."),
            (
                "Moving",
                "Could you hold off sending it until Monday? We're in the middle of moving.",
            ),
            (
                "Upgrade to express",
                "Can I upgrade to express delivery now? I'll pay the difference.",
            ),
            (
                "Colour change",
                "I went for the rust cushion cover but I'd rather have the navy. Can you change "
                "it before it goes?",
            ),
            ("Student discount", "Do you do a student discount?"),
            ("", "can i use two codes on one order"),
            (
                "Code on invoice",
                "I forgot to put my code in, but I'm paying by bank transfer and haven't sent it "
                "yet. Could you update the invoice?",
            ),
            ("", "how do i edit my order? cant see a button anywhere"),
            ("Gift receipt", "Please put a gift receipt in, it's going straight to my mum."),
            (
                "Note for the driver",
                "Please ask the driver to use the side gate, the dog is in the front garden.",
            ),
            (
                "Ship together",
                "If I buy the lamp now and a rug next week, could you ship them together to save "
                "on postage?",
            ),
            (
                "Billing address",
                "My billing address is different from the delivery one, can you update it on the "
                "invoice?",
            ),
            (
                "Four not two",
                "I meant to order four mugs, not two. Can you add two more and tell me how to pay"
                " for them?",
            ),
            (
                "Handwritten card",
                "Could the gift message be handwritten? Happy to pay a little extra.",
            ),
            ("NHS discount", "Saw you had an NHS discount last year, is that still on?"),
            ("Postcode", "Postcode on {order} is wrong, it should be BS6 not BS5."),
            ("Birthday code", "My birthday code didn't arrive this year, could you resend it?"),
            (
                "Same price in the shop?",
                "Are the prices in your shop the same as online? Want to know before I drive over.",
            ),
            (
                "Send in two parts",
                "Could you send the candles now and the rug once it's back in stock?",
            ),
            # Products, sizes, materials, care, stock, wholesale, samples.
            ("", "is the {item} dishwasher safe"),
            (
                "Rug size",
                "What are the actual measurements of the large rug? The listing just says 'large'.",
            ),
            ("Wool?", "Is the throw pure wool or a blend? My son reacts to some fibres."),
            (
                "Candle wax",
                "What wax are the candles made of, soy? And roughly how long do they burn?",
            ),
            ("Speckled mugs", "When are the speckled mugs back in? Been checking for weeks"),
            ("Back in stock", "Could you email me when the {item} comes back in stock?"),
            (
                "Wholesale enquiry",
                "I own a small gift shop in Whitby. Could you send me your wholesale terms and "
                "the minimum order?",
            ),
            (
                "Fabric samples",
                "Do you send fabric samples for the cushion covers? I'm trying to match my "
                "curtains.",
            ),
            ("Red wine", "How do I clean a wool rug? There's been a red wine incident..."),
            ("Microwave", "Can your mugs go in the microwave?"),
            ("Smart bulbs", "Will the lamp work with a smart bulb?"),
            ("Handmade", "Are your mugs handmade? Will mine look exactly like the photo?"),
            ("", "do u have this in a bigger size"),
            ("Colour", "Is 'oat' more beige or more grey in real life? Screens vary so much."),
            ("Plug", "Do the lamps come with a UK plug or a European one?"),
            ("Oven", "Can the baking dish go in the oven at 220?"),
            (
                "Tall blue vase",
                "Have you stopped making the tall blue vase? It's vanished from the site.",
            ),
            ("Trade", "I'm an interior designer. Do you have a trade programme?"),
            (
                "Restock date",
                "Any restock date for the candle set? It sold out before I got round to it.",
            ),
            ("Glaze", "Are your glazes lead free and food safe?"),
            ("Weight", "How heavy is the large lamp? It's going on a narrow shelf."),
            ("", "where are your things made"),
            ("Outdoors", "Would the jute rug be alright on a covered patio?"),
            ("Washing", "can the cushion covers go in the machine or are they dry clean only"),
            ("Custom rug", "Could you make a rug in a custom size, 170 by 240?"),
            ("Pre-order", "Can I pre-order the autumn candles?"),
            (
                "B&B refurb",
                "We're refurbishing a 12-room B&B and would love samples of your throws and a "
                "quote for 24 of them.",
            ),
            ("Scent", "What does the Fig & Cedar candle actually smell like, sweet or woody?"),
            (
                "Matching glaze",
                "Does the teapot match the mugs exactly or is the glaze slightly different?",
            ),
            ("Showroom", "Do you have a showroom where I could see the rugs in person?"),
            ("Vegan?", "Is there any animal product in the candle wax or the throws?"),
            # The shop's policies, asked without asking for a refund.
            ("", "how many days do i have to send stuff back"),
            ("Sale items", "Do sale items count for returns or are they final sale?"),
            (
                "Just wondering",
                "Just curious, if I ever did return something, how long does the money usually "
                "take to come back?",
            ),
            (
                "Postage back?",
                "Would I get the postage back as well if I sent something back, or only the price"
                " of the thing itself?",
            ),
            ("Return postage", "Who pays for the return postage if I simply change my mind?"),
            (
                "Gifts",
                "If someone returns a gift I bought them, does the money go back to me or to them?",
            ),
            (
                "Candles",
                "Can candles be returned once the wrapping is off? Asking before I buy three.",
            ),
            ("Christmas", "Do you do extended returns over Christmas?"),
            (
                "Returns from France",
                "I live in France. If anything had to go back, would I post it to the UK?",
            ),
            (
                "Credit or money",
                "Do returns get store credit or money back with you? Just want to know before I "
                "buy.",
            ),
            (
                "Personalised",
                "I know personalised pieces can't be returned, but what happens if there's a "
                "spelling mistake on your side?",
            ),
            ("", "is the 30% off sale final or can you still return"),
            ("30 days", "Does the 30 days start from when I order or from when it arrives?"),
            (
                "Box",
                "I've thrown the box away already. Would I still be able to return it if I needed"
                " to? Not planning to, just checking.",
            ),
            (
                "Gift card returns",
                "If I pay with a gift card and then return something, how does that work?",
            ),
            (
                "Link broken",
                "Where can I find your returns policy? The link at the bottom of the page is "
                "broken.",
            ),
            (
                "Cancelling the subscription",
                "How do I cancel the candle subscription before next month? No complaints, just "
                "cutting back.",
            ),
            (
                "Price protection",
                "Before I buy: do you have any kind of price protection if something goes on sale"
                " a week later?",
            ),
            ("Cancel window", "How long after ordering can I still cancel?"),
            (
                "Breakages",
                "What happens if something arrives broken - do I need to keep the packaging?",
            ),
            ("Label", "Is there a returns label in the box or do I print one myself?"),
            ("Exchange limit", "Do exchanges have the same 30 day limit as returns?"),
            (
                "Trying a rug",
                "Can I return a rug after putting it down for a day to see how it looks? Haven't "
                "bought it yet.",
            ),
            ("Restocking fee", "Do you charge a restocking fee on returns?"),
            ("Accidental damage", "Does the guarantee on the lamps cover accidental damage?"),
            (
                "Timing",
                "When someone sends something back, do you pay out when it's posted or when it "
                "reaches you?",
            ),
            (
                "Klarna returns",
                "If I pay with Klarna and later return something, does Klarna just cancel the "
                "payment?",
            ),
            (
                "Returns from Norway",
                "If I'm sending something back from Norway, would I have to pay customs on it?",
            ),
            ("", "do you refund shipping"),
            (
                "Policy question",
                "Is your refund policy different for the outlet section? Thinking of buying a "
                "seconds rug.",
            ),
            # Thanks and praise after a refund or a sorted problem.
            ("", "money's back on my card, thanks for being so quick"),
            ("Got it", "The money is back in my account this morning. Thanks for your help!"),
            ("", "just checked and the money is back on my card, cheers"),
            ("Refund", "I can see the {amount} back on my statement now, thank you so much."),
            ("", "Money back on my card today, really appreciate how quickly you sorted it."),
            ("All good", "thanks, my money came back to my card yesterday. happy to close this"),
            ("", "Saw the money back in my bank. Thank you, I'll be ordering again."),
            ("", "all sorted now thank you"),
            ("Re: replacement", "Replacement came this morning, perfect this time. Thank you!"),
            ("Thanks", "You've been brilliant, thanks for sorting out the mix-up with my address."),
            (
                "Packaging",
                "Just wanted to say the packaging was gorgeous, felt like opening a present.",
            ),
            ("Re: Your refund of {amount}", "Received, cheers."),
            (
                "Thank you",
                "Please pass my thanks on to the lady I spoke to on the phone yesterday, she was "
                "so helpful.",
            ),
            ("Found it!", "Ignore my last email, the parcel was behind the bins. All good!"),
            ("Re: Where is my order", "It's just turned up! Sorry for the fuss."),
            (
                "Re: refund",
                "I can see the {amount} back in my account now, thank you very much for dealing "
                "with it.",
            ),
            ("", "the lamp looks amazing in our living room, thank you!!"),
            (
                "Case closed",
                "My bank confirmed the refund has cleared. Nothing more needed from my side, "
                "thanks.",
            ),
            ("Third order", "Third order and still love everything. Keep it up."),
            ("Credit note", "Got the credit note, thanks. I'll use it in the sale."),
            (
                "Re: exchange",
                "The larger size came today and fits perfectly, thanks for swapping it.",
            ),
            (
                "Little extras",
                "Thank you for the handwritten card and the sample candle in the box, such a nice"
                " touch.",
            ),
            ("", "code worked second time, ignore me!"),
            (
                "All fine",
                "My bank says the second payment was just a pending authorisation and it's gone "
                "now. Sorry to bother you.",
            ),
            ("re: damaged mug", "got the new mug and the postage back, all good now thanks"),
            (
                "Great service",
                "Honestly the best customer service I've had in ages. The refund was in my "
                "account the next day.",
            ),
            ("", "thanks for the quick reply and the refund, have a nice weekend"),
            (
                "Driver",
                "The driver was really careful with the big box, please pass that on to the "
                "courier!",
            ),
            ("Lid arrived", "Thanks again for sending the missing lid so fast."),
            ("", "received thanks"),
            ("", "perfect thank you so much"),
            (
                "Re: Ticket {order}",
                "Yes that's fine, you can close the ticket. The money arrived on Tuesday.",
            ),
            ("Re: your return", "Just confirming I've seen the refund land. Appreciate the help."),
            (
                "Sorry",
                "Sorry I was grumpy on the phone last week. You sorted everything out and the "
                "money came through. Thank you.",
            ),
            ("Review", "Left you a five star review on Trustpilot, well deserved."),
            ("Re: Order {order}", "all arrived safe and sound, thanks"),
            ("Thank you!", "The teapot is even nicer than the photos, my mum cried. Thank you."),
            # Account, newsletter, marketing, jobs, partnerships, the website.
            ("Unsubscribe", "unsubscribe"),
            (
                "Emails",
                "You've sent me six emails this week. Please tone it down or I'll unsubscribe.",
            ),
            (
                "Can't log in",
                "It keeps saying my email isn't registered but I've ordered loads of times.",
            ),
            ("Email address", "How do I change the email address on my account?"),
            ("GDPR", "Please delete all the personal data you hold about me."),
            ("Newsletter", "Can I get the newsletter without making an account?"),
            (
                "Texts",
                "I never agreed to text messages, how did you get my number? Please stop them.",
            ),
            (
                "Christmas jobs",
                "Are you taking on anyone for the warehouse over Christmas? CV attached.",
            ),
            (
                "Studio assistant",
                "I'd love to apply for the studio assistant role. My portfolio is attached, and I"
                " can start in June.",
            ),
            (
                "Collaboration",
                "I run a home decor Instagram with 40k followers and would love to collaborate "
                "with you.",
            ),
            (
                "Stockists",
                "We're a small candle brand looking for stockists, would you consider carrying "
                "our range?",
            ),
            (
                "Site speed",
                "Your site is really slow on mobile, the product photos take ages to load.",
            ),
            (
                "Filter",
                "The colour filter on the rugs page doesn't work, it just shows everything.",
            ),
            (
                "Locked out",
                "Locked out after too many password attempts, how long until I can try again?",
            ),
            ("Guest checkout", "I checked out as a guest. Can I add that order to an account now?"),
            ("Wishlist", "My wishlist has disappeared. Is there any way to get it back?"),
            ("Affiliates", "Do you have an affiliate programme?"),
            (
                "Press",
                "I'm writing a magazine piece on independent homeware shops and would love to "
                "include you. Who should I talk to?",
            ),
            (
                "Packaging supplier",
                "We make packaging from recycled card and wondered if you'd like some samples.",
            ),
            (
                "SEO",
                "We can get your website onto page one of Google in 30 days. Reply for a free "
                "audit.",
            ),
            (
                "Bit pushy",
                "Your email said 'last chance, your basket is expiring'. Bit pushy, and I don't "
                "love it.",
            ),
            ("Two accounts", "I have two accounts with different emails, could you merge them?"),
            (
                "Points",
                "My loyalty points haven't updated since my last order. Where can I see them?",
            ),
            (
                "Accessibility",
                "The checkout button can't be reached with the keyboard. Just letting you know.",
            ),
            ("Language", "I'm getting your emails in Dutch, can you switch me to English?"),
            (
                "Work experience",
                "My daughter is 16 and loves pottery. Do you ever offer work experience?",
            ),
            (
                "New website",
                "Love the new website, much easier to find things. The search could cope with "
                "spelling mistakes better though.",
            ),
            ("Catalogue", "Please stop sending me the paper catalogue."),
            ("", "how do i reset my password"),
            ("Cookies", "Your cookie banner pops up again on every page I open."),
            ("Welcome email", "Signed up to the newsletter but the welcome email never came."),
            # Mentions a refund, a payment or a charge, but is about something else.
            (
                "Ordering again",
                "I got my refund for the broken {item}, thanks. How do I order another one? It "
                "won't go in my basket.",
            ),
            (
                "When will it ship",
                "My bank says the charge is fine and it's gone through, so when will it ship?",
            ),
            (
                "Confirmation email",
                "I can see the payment for the {item} in my banking app so it's gone through, but"
                " no confirmation email. Could you resend it?",
            ),
            (
                "Back in stock?",
                "Now the refund has come through, is the lamp back in stock so I can buy it again?",
            ),
            (
                "Receipt for work",
                "Can I get a proper receipt for the {amount} I paid? My bank statement isn't "
                "enough for work.",
            ),
            (
                "Statement name",
                "I bought the rug last week and the payment is all fine, I'm just curious why it "
                "shows up under a different name on my statement?",
            ),
            (
                "Paid Monday",
                "Payment went out on Monday, all fine with my bank. Any idea when the parcel will"
                " be sent?",
            ),
            (
                "Store credit",
                "You refunded me as store credit last month. Can I use it on sale items?",
            ),
            (
                "Invoice",
                "The refund arrived fine. Could you send a corrected invoice showing it, for my "
                "accounts?",
            ),
            (
                "Deposit",
                "For the custom rug, do you take a deposit first and the rest on delivery?",
            ),
            (
                "Hold on my card",
                "There's a pending {amount} on my card from when the payment failed. My bank says"
                " it's only a hold and will drop off, so I'll just try paying again. Is that ok?",
            ),
            (
                "VAT",
                "I was charged {amount}, same as the basket. Does that include VAT? Need to know "
                "for the invoice.",
            ),
            (
                "Bank transfer sent",
                "I've sent {amount} by bank transfer with {order} as the reference. Can you let "
                "me know when it lands and ship it?",
            ),
            (
                "New card",
                "My card was cancelled after some fraud elsewhere, nothing to do with you! Do I "
                "need to do anything for my order to still go through?",
            ),
            ("Klarna", "Klarna says my first instalment is paid. Has the order gone out?"),
            (
                "PayPal",
                "I paid through PayPal and have the receipt, but your site still says 'awaiting "
                "payment'. Should I just wait?",
            ),
            (
                "Subscription card",
                "My bank sent me a new card, so next month's subscription payment will fail. "
                "Where do I put the new details?",
            ),
            (
                "Still want it",
                "The refund came through, thanks. I'd still like the {item} though, any idea when"
                " it'll be back?",
            ),
            (
                "Same lamp",
                "A friend told me you refunded her within two days, amazing! Anyway, is the brass"
                " lamp she had still available?",
            ),
            (
                "Paid invoice",
                "Could you send an invoice marked as paid for {amount}? Our finance team needs it.",
            ),
            (
                "Euro card",
                "My card is in euros, will my bank convert it automatically when I buy? Fine if "
                "so, I just want to know.",
            ),
            ("Two payments", "Can I split {amount} over two payments for the big rug?"),
            (
                "Query withdrawn",
                "I raised a query with my bank by mistake, it turns out my husband placed the "
                "order. I've withdrawn it, sorry! Please carry on and send it.",
            ),
            (
                "Put it towards",
                "I don't need the money back, could you put what I paid towards the larger size "
                "instead?",
            ),
            (
                "Charged already",
                "Is it normal to be charged before it ships? Not complaining, I just didn't "
                "expect it.",
            ),
            ("Reference", "What reference should I use on the bank transfer for {order}?"),
            (
                "Gift card",
                "Got a {amount} gift card for Christmas, can I use it together with a discount "
                "code?",
            ),
            ("", "paid already, when does it come"),
            (
                "Smaller rug",
                "The refund for the first rug is in, thanks. I've now ordered the smaller one "
                "({order}), could you make sure it goes out this week?",
            ),
            (
                "Free delivery",
                "Is delivery free on orders over {amount} or is there still a charge?",
            ),
            (
                "Duty paid",
                "I paid the import duty to the courier yesterday. How long until they deliver now?",
            ),
            (
                "Apple Pay",
                "Apple Pay shows the payment went through but your page just spun forever. Did "
                "the order work?",
            ),
            ("Cash", "can i pay cash when its delivered"),
        ],
        # Short, casual mail that wants money back.
        "refund": [
            ("", "never got the parcel so I want my money back"),
            ("", "how long till the refund shows on my card?"),
            ("", "i returned it 3 weeks ago, still no money"),
            ("money", "sent the lamp back on the 2nd. wheres my money"),
            ("", "it came broken. money back please"),
            ("", "dont want it anymore, can i get my cash back"),
            ("", "you said 5 days, it's been {days}. still nothing back on my card"),
            ("", "bit rubbish tbh. id like my {amount} back"),
            ("", "posted it back tuesday, please pay me back"),
            ("", "the rug smells of damp. send me my money and ill post it back"),
            ("chipped", "chipped. not keeping it. want my money"),
            ("", "when do i get paid back for the one you never sent"),
            ("cancel", "cancel it and give me the money back pls, found it cheaper"),
            ("", "still waiting on my money from the return"),
            ("", "Parcel never showed up. I'd just like the cash back, not another one."),
            ("", "can you put the money back on my card? changed my mind"),
            ("", "It's the wrong colour and I don't want to swap it. Money back."),
            ("?", "has my money been sent back yet"),
            ("", "half the set was smashed, can I get some money back for those"),
            ("", "the candle jars are half empty. want what i paid back"),
            ("", "paid for next day and it took a week, give me the delivery cost back"),
            ("", "it's dropped to {amount} since I bought it. can you give me the difference"),
            ("", "returned ages ago and still no sign of the money"),
            ("", "shade is cracked. id rather have the money than a new one"),
            ("", "where's my money?? tracking says you got the parcel back on monday"),
            ("", "you told me it was out of stock so where's my money"),
            ("", "it doesnt work. just want my money back, sorry"),
            ("", "send me a label and pay me back, it's nothing like the photos"),
            ("going back", "the lamp is going back, please put the money on my card"),
            ("", "It reached you on Monday. How many days before I see the money?"),
            ("", "not happy with it, want to send it back for the money"),
            ("", "got a credit note but i want actual money not credit"),
            ("", "just want my {amount} back for the missing mug"),
            ("", "it's been a month. money please"),
            ("", "I don't want a replacement, I want the money back"),
            ("", "too small and i dont want to exchange, just pay me back"),
            ("", "you cancelled my stuff cos of stock but the money's still not come back"),
            ("", "I refused the delivery so it's gone back to you. When will I see the money?"),
            ("", "gift didnt suit her, can the money go back to my card"),
            ("", "money back for the broken one please, photo attached"),
            ("", "the lamp flickers. i want to send it back and be paid back"),
            ("", "still not here and i've given up. cancel it and give me my money"),
            ("", "you owe me {amount} from what I sent back in march"),
            ("", "Dropped it back at the post office last week. When's the money coming?"),
            ("", "leaking wax everywhere. want my money returned"),
        ],
        # Short, casual mail that contests a charge.
        "dispute": [
            ("", "who is {shop}?? there's a payment to you I never made"),
            ("", "two identical charges on my statement from you"),
            ("", "you took more than the checkout said"),
            ("", "didnt buy anything from you so whats this {amount}"),
            ("", "charged me twice for the same thing"),
            ("??", "why did {more} come out when it said {amount}"),
            ("", "i never signed up to pay monthly. stop taking money"),
            ("", "my bank is reversing your charge"),
            ("", "not my payment. not me. someone used my card"),
            ("", "you've billed me again after i cancelled"),
            ("", "what's this {amount} from {shop} on my card?? never heard of you"),
            ("", "same amount taken twice on the 4th"),
            ("", "there's a fee on here I never agreed to"),
            ("", "ive gone to paypal about this"),
            ("", "paid {amount}, you took {more}. explain"),
            ("", "the conversion rate you used is nowhere near what your site showed"),
            ("", "I'll be doing a chargeback if this isn't sorted today"),
            ("", "someone's bought something on your site with my card"),
            ("", "2 payments, 1 purchase"),
            ("", "my card got hit three times by you this morning"),
            ("", "who authorised this? not me"),
            ("", "there's money gone to you that I can't account for"),
            ("", "it said free postage, then {amount} extra turned up on my card"),
            ("", "taken again this month even though i cancelled the sub in may"),
            ("", "I'm contesting the payment with my bank"),
            ("", "why is there a charge from you? nobody here bought anything"),
            ("", "the total on my card doesnt match the receipt, it's higher"),
            ("", "mystery payment to {shop} on my statement, what is it for"),
            ("", "got charged in dollars plus a foreign fee i never agreed to"),
            ("", "my bank flagged your payment as fraud"),
            ("", "you've charged me for a box i cancelled, i'm not paying it"),
            ("", "duplicate payment - reverse one please"),
            ("", "This charge isn't mine. I've frozen the card."),
            ("", "card says {more}, your email says {amount}"),
            ("", "opened a dispute with amex"),
            ("", "i paid once. you took it twice. sort it"),
            ("", "i dont recognise this at all. what is it"),
            ("", "you took money from my account without asking"),
            ("", "handling fee?? never saw that when i paid"),
            ("", "I only pressed pay once but there's two"),
            ("", "my husband says this {amount} isn't his either. we've never bought from you"),
            ("", "Visa are looking into your charge"),
            ("", "why has it gone up after I paid? {more} not {amount}"),
            ("", "cancel the second payment or the bank claws it back"),
        ],
    },
}

import selfPromotion from '@/lib/coach/rules/self-promotion';
import { runRuleTests } from '../rule-tester';

const SEED_CAKE_SHOP =
  "Wij hebben een taartcompetitie gewonnen. Wij hebben een high tea met allerlei gebakjes uit eigen keuken. Wij hebben nu een speciale taart met kiwi's in het assortiment.";
const SEED_REWRITE =
  'Was je vorige week bij onze high tea? Vertel ons hoe het beviel en wat we beter kunnen doen. En zoek je een taart voor een speciale gelegenheid? We maken hem graag op maat.';

runRuleTests(selfPromotion, {
  valid: [
    { text: SEED_REWRITE, platform: 'facebook' }, // the seed's own fix: ask the reader how the high tea went
    { text: SEED_CAKE_SHOP, platform: 'facebook', mode: 'personal' }, // personal mode: silent
    { text: SEED_CAKE_SHOP, platform: 'facebook', kind: 'comment' }, // replies are conversations, not announcements
    { text: 'Terugroepactie: wij roepen onze kinderstoel Luna terug. Gebruik de stoel niet meer en breng hem naar onze winkel.', platform: 'facebook' }, // a safety recall is information
    { text: 'Safety recall: we are recalling our kettle K2 because the lid can come loose. Return it to our store.', platform: 'x' }, // English recall
    { text: 'Let op: tijdens de feestdagen zijn onze openingstijden anders. Op 25 december zijn wij gesloten.', platform: 'instagram' }, // opening hours notice
    { text: 'We won the regional care award thanks to @Marieke and the volunteers of Buurtteam Noord.', platform: 'linkedin' }, // credit to others
    { text: 'Our new appeltaart is in our shop. Should we add more cinnamon, or less?', platform: 'facebook' }, // a question to the reader
    { text: 'We tested five ways to reach parents. Our best tip: a personal WhatsApp from the teacher.', platform: 'x' }, // a tip the reader can use
    { text: 'Ik ben vandaag tien jaar maatschappelijk werker. Wat ik in die jaren heb geleerd over luisteren, deel ik morgen.', platform: 'linkedin' }, // a personal story without a sales pitch
    { text: 'Our community garden harvested 140 kilos of vegetables this summer. All of it went to the food bank.', platform: 'facebook' }, // about the sender, but no brag or sale
    { text: 'Wij zoeken een ervaren schuldhulpverlener voor 28 uur per week. Je werkt in een klein team.', platform: 'linkedin' }, // a vacancy is an opportunity for the reader
    { text: 'Proud to announce that your feedback shaped our new opening hours: you asked, you get evenings.', platform: 'linkedin' }, // the reader is central
    { text: 'Excited to be at the conference in Atlanta this week.', platform: 'x' }, // being somewhere is no announcement without a "we": only a felt "to announce, share, present" is
    { text: 'We are so proud of our volunteers. Huge thanks to everyone who joined us last night.', platform: 'facebook' }, // without a win or announced news, thanks credit the people thanked
    { text: 'We are glad to announce that dine-in at our Jurong outlet will resume on 19 June. Do check the operating hours.', platform: 'facebook' }, // reopening and opening hours are information the reader can use
    { text: 'We are delighted to announce that defender Allie Smith has signed with us for 2027!', platform: 'x' }, // a club's signing is about the player: credit to someone else
    { text: 'Wij zijn trots: middenvelder Sanne de Vries tekent bij ons tot 2028!', platform: 'facebook' }, // the same in Dutch
    { text: 'Nu verkrijgbaar: de nieuwe gids voor mantelzorgers, gratis te downloaden.', platform: 'linkedin' }, // a guide for the reader, no "we/our"
    { text: 'Launch van onze nieuwe website voor mantelzorgers. Wat mist er nog volgens jou?', platform: 'linkedin' }, // a launch that asks the reader in
    { text: 'Vandaag 40 jongeren gesproken over stage lopen. De grootste zorg: geen netwerk. Daar kunnen wij iets aan doen.', platform: 'x' }, // "de grootste" is no brag
    { text: 'Join our free coding club for girls aged 10 to 14, every Wednesday at the library.', platform: 'facebook' }, // an invitation that benefits the reader
    { text: 'Oma is jarig! Ik ben super trots op deze sterke vrouw.', platform: 'instagram' }, // pride in a relative credits another person: no announcement of the sender's own
    { text: 'So proud of my daughter, who ran her first marathon today.', platform: 'facebook' }, // the same in English
    { text: 'Bluesky needs a room for insomniacs so we can all gather at 3am. Or just a hashtag so we know who else is out there.', platform: 'bluesky' }, // "who else is out there" is no release: 'is out' alone is no longer a pitch
    { text: 'When the initial launch fizzled, we did not panic, Matt told me. Patience beat hype.', platform: 'linkedin' }, // a bare 'launch' in a story about others is no announcement of the sender's own
    { text: 'Do you block your first hour for deep work? You should: your best thinking happens before the inbox opens.\n\nP.S. My newsletter goes deeper every Saturday. Subscribe at example.com', platform: 'linkedin' }, // a plug after 'P.S.' is the footer: the advice and question before it still count for the reader
    { text: 'Opa, ik weet dat je zo trots op me was. Ik ga je missen.', platform: 'instagram' }, // someone else's pride in the sender ('je ... trots op me') is no announcement of the sender's own
    { text: 'Photo by @anna_shoots | Clouds linger in the valley as our team pitches the tents before our climb. Follow @anna_shoots for more images.', platform: 'instagram' }, // a photo credit credits another person
    { text: 'Ik ben al jaren tevreden klant van de bibliotheek hier. Hun hulp bij de belastingaangifte was top.', platform: 'x' }, // the sender is the satisfied customer: praise for someone else, not a testimonial of their own
    { text: 'Het EK2016 begint vanavond en er ging 4005gr chips doorheen op het buurtfeest.', platform: 'x' }, // a year code and a measure are no product reference
    { text: 'Weer file op de N201 en de A380 van vanmorgen landde te laat. Mijn ISO27001-training viel dus in het water.', platform: 'x' }, // codes in prose are roads, planes and standards: only a tagged or named reference is a listing
    { text: 'Wij organiseren een gratis inloopavond voor mantelzorgers. Wat wil jij die avond bespreken?', platform: 'facebook' }, // the sender's own event, once, with a question: for the reader
    { text: 'We offer free legal advice to tenants every Monday. Bring your rental contract.', platform: 'linkedin' }, // a free service named once is no advert: a plug needs more about the sender
    { text: 'Decision made in the shop today! The tan boots won. Happy anniversary, my love.', platform: 'instagram' }, // 'won' said of something else: only 'we won', 'I won', 'our award' is the sender's news
    { text: 'We are proud to announce our Club Person of the Year awards. Congratulations to Shane and Dani, who keep our team going!', platform: 'x' }, // congratulating named people credits them: the announcement is about others
    { text: 'Wij zijn trots: onze vrijwilligersprijs is uitgereikt! Gefeliciteerd, Ingrid en Sem.', platform: 'facebook' }, // the same in Dutch: 'gefeliciteerd' credits another person
    { text: 'This morning we honored this year\'s Distinguished Alumni Veteran Award recipient Michael, a veteran who helps fellow veterans.', platform: 'x' }, // someone else's award, in a post that says 'we' elsewhere
    { text: 'Vandaag zijn wij bij de uitreiking. De winnaar van de prijs is Buurtteam Oost!', platform: 'facebook' }, // 'winnaar' of another team: no sender just before it
    { text: 'Contact information is available at the front desk. Ask us anything.', platform: 'x' }, // information that is available is a notice, not a product on sale
    { text: 'Scholarship applications for 2024 are available at our website until March.', platform: 'x' }, // the same: applications, not a product
    { text: 'Sign up with the link in bio: it enters you to win two tickets to our gala!', platform: 'instagram' }, // a contest gives the reader a chance: the tickets are a prize, not a sale
    { text: '#Win tickets to our new exhibition! 5 pairs to give away.', platform: 'x' }, // the same said with a hashtag: what the reader gets is read in hashtags too
    { text: 'Win een van de 5 tickets voor ons concert in Paradiso!', platform: 'instagram' }, // the Dutch contest
    { text: 'YOUR VOTE DECIDES who goes through to round two of our economists bracket!', platform: 'linkedin' }, // 'your vote' is a noun: a poll, not a call to vote for a name
    { text: 'Vote For Your Favourite Flavour in our stories this week.', platform: 'instagram' }, // a poll written in title case: 'For' is no candidate
    { text: 'The government will raise the minimum wage in January. Check what it means for your payslip.', platform: 'facebook' }, // 'the government will' is news; a campaign promises what 'a/an <party> government will' do
    { text: 'Cori, Italy. So happy to share this day with my mom and grandmother!', platform: 'instagram' }, // a moment shared with the sender's own people is about them, not news of the sender's own
    { text: "I'm looking forward to speaking with Eric Sims tomorrow. I'll ask him about my favourite projects of his.", platform: 'linkedin' }, // a conversation with a guest is about the guest
    { text: 'NEWS: DeepSeek just dropped another open-source model. Available now on Hugging Face.', platform: 'linkedin' }, // a release said of a named other is news the reader can use: the sender says 'we launched'
    { text: "As we head into Entrepreneurship Week, we're highlighting one student who launched her business last spring. Our team is proud.", platform: 'x' }, // 'who launched': someone else stands between the sender and the launch
    { text: 'Celebrating our #1000th volunteer shift this week.', platform: 'instagram' }, // an ordinal of four digits is a count, not a reference
    { text: 'Riven Khen Knol\n1 mei 2024 - 14:57 - 4005gr - 53cm', platform: 'instagram' }, // a birth card's measures between dashes are no reference
    { text: 'Most teams plan too much and ship too little. I saw it again and again at my first startup.\n\nP.S. My newsletter breaks it down tomorrow. Want to read it? Subscribe at example.com', platform: 'linkedin' }, // a pitch only after 'P.S.' weighs as a plug at the end: the lesson and the question before it count
    { text: 'It seems our Astrologer has finally recovered from a big night at our Awards Gala. The stars are aligning for us.', platform: 'x' }, // 'Awards Gala' names an event, not a win
    { text: "Applications for the vacation program are now open. We'll host a session on teamwork with our partner.", platform: 'x' }, // applications that are open are an opportunity for the reader, not the sender's news
    { text: 'STEM Camp for girls starts Monday at the library.', platform: 'facebook' }, // 'STEM' is an acronym, not the Dutch call to vote
    { text: 'Join us for Stem Cell Awareness Day at the museum.', platform: 'facebook' }, // in English 'stem' is a noun: only Dutch drafts ask 'stem GroenLinks'
    { text: "Don't delay. VOTE TODAY at the polling station nearest to home.", platform: 'facebook' }, // a civic reminder to vote names no candidate
    { text: 'Today, Macron was re-elected president of France by a wide margin.', platform: 'x' }, // someone else re-elected is news: only 'a re-elected <party> government will' promises
    { text: 'Tough match today. My opponent played better than me at the net.', platform: 'x' }, // 'my opponent' is as often a match as a race: no campaign word
    { text: 'Your passport must be valid until three months after your return date.', platform: 'x' }, // 'valid until' alone is a rule the reader can use: only 'prices valid' and 'offer valid' sell
    { text: "The webinar recording is available until Friday on the members' page.", platform: 'linkedin' }, // a recording available until a date is a notice, as 'available at' is
    { text: '15 PLANE TICKETS FROM CHICAGO TO PARIS, 10 PIZZAS, WHAT A TRIP', platform: 'instagram' }, // 'tickets' alone may be bought by the sender: only 'get/book/buy your tickets' and 'tickets on sale' sell them
    { text: 'Merged PR into main at our repo: check identity both ways (#13977)', platform: 'bluesky' }, // a pull request's number in brackets is no product reference
    { text: '@buurvrouw in de winkel hebben ze ook geen stroom denk ik? Geen kassa’s enzo', platform: 'x' }, // 'in de winkel' alone is where someone stood, not where a product is sold
    { text: '@buurman Oké, gaan we doen! Stuur me de link en ik bestel hem voor je', platform: 'x' }, // 'ik bestel': the sender is the one ordering, not a shop calling to order
  ],
  invalid: [
    { text: SEED_CAKE_SHOP, platform: 'facebook', errors: [{ messageId: 'onlyAboutSender', severity: 'warning' }] }, // the seed's cake-shop example
    { text: 'TROTS op onze nieuwe workshop!!! Wij zijn het beste team van de stad. Boek nu #ondernemen', platform: 'linkedin', errors: [{ messageId: 'onlyAboutSender' }] }, // brag and sales ask in capitals, found while looking at the screenshots
    { text: 'Proud of our new workshop. We are the best team in town. Book now.', platform: 'linkedin', errors: [{ messageId: 'onlyAboutSender' }] }, // the same in English
    { text: 'We are proud to announce that our agency has won the Dutch Digital Award. Our team worked incredibly hard.', platform: 'linkedin', errors: [{ messageId: 'onlyAboutSender' }] }, // award brag
    { text: 'Proud to announce the opening of the Harbour Office, a new home for the whole team.', platform: 'linkedin', errors: [{ messageId: 'onlyAboutSender' }] }, // "proud to announce" has the writer as subject without a "we" (rubric: whether or not they say "we")
    { text: 'Trots te melden: de nieuwe vestiging in Zwolle is open.', platform: 'linkedin', errors: [{ messageId: 'onlyAboutSender' }] }, // the same in Dutch: "trots te melden" is the writer's own news
    { text: 'Now taking orders for the Christmas cake box. Only 20 boxes this year.', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // "taking orders": a sales pitch
    { text: 'Outfit of the day. Comment SHOP for the links, save 10% with code ANNA10.', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // "comment shop" and a discount code sell
    { text: 'Another sneak preview of our new menu!', platform: 'facebook', errors: [{ messageId: 'onlyAboutSender' }] }, // "our new menu": the sender's own launch
    { text: 'I am thrilled to announce that my team won the city hackathon! Thanks to the organisers for a great weekend.', platform: 'linkedin', errors: [{ messageId: 'onlyAboutSender' }] }, // thanks closing the sender's own win is part of the announcement, not credit
    { text: 'Trots te melden dat ons team de innovatieprijs heeft gewonnen! Dank aan de jury.', platform: 'linkedin', errors: [{ messageId: 'onlyAboutSender' }] }, // the same in Dutch
    { text: "I'm excited to start my new job at the city library. Thanks to everyone who helped me get here.", platform: 'linkedin', errors: [{ messageId: 'onlyAboutSender' }] }, // the sender's new job, thanks and all
    { text: 'I am glad to announce that my team has qualified for the national finals.', platform: 'linkedin', errors: [{ messageId: 'onlyAboutSender' }] }, // "glad to announce": the writer's own news
    { text: 'Summer promo extended! Compare twelve lenders at no cost to you, with fast approval.', platform: 'facebook', errors: [{ messageId: 'onlyAboutSender' }] }, // ad copy: "promo extended", "at no cost to you", "fast approval"
    { text: 'Actie verlengd: de laagste prijs voor je zonnepanelen, alleen deze week.', platform: 'facebook', errors: [{ messageId: 'onlyAboutSender' }] }, // the same in Dutch
    { text: 'Ons nieuwe menu staat klaar. Deze week met de code LENTE een gratis dessert.', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // "ons nieuwe menu", "met de code": the same in Dutch
    { text: 'Nu verkrijgbaar in onze winkel: onze nieuwe handgemaakte kaarsen. Bestel ze via onze webshop.', platform: 'instagram', uiLocale: 'nl', errors: [{ messageId: 'onlyAboutSender' }] }, // Dutch sale
    { text: "Our new app is live. We built it in six months and we think it's the best tool on the market.", platform: 'x', errors: [{ messageId: 'onlyAboutSender' }] }, // launch
    { text: 'Trots te melden dat ons bureau is genomineerd voor de MKB Innovatie Top 100. Wij zijn er blij mee.', platform: 'linkedin', errors: [{ messageId: 'onlyAboutSender' }] }, // nomination
    { text: 'Huge sale at our shop this weekend: our entire collection is 30% off. We never had prices this low.', platform: 'facebook', errors: [{ messageId: 'onlyAboutSender' }] }, // sale
    { text: "Ons nieuwe boek ligt vanaf vandaag in de winkel. Wij hebben er twee jaar aan gewerkt.", platform: 'threads', errors: [{ messageId: 'onlyAboutSender' }] }, // book launch
    { text: 'Excited to announce that I have launched my new coaching programme. My programme starts in March.', platform: 'linkedin', errors: [{ messageId: 'onlyAboutSender' }] }, // "I/my" counts as the sender too
    { text: 'We have released version 3.0 of our product. Our team is very proud of this launch.', platform: 'mastodon', errors: [{ messageId: 'onlyAboutSender' }] }, // product release
    { text: 'Wij zijn trots op onze nieuwe collectie. Bestel nu via onze webshop.', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // pride in the sender's own collection stays an announcement
    { text: 'Wij zijn nu officieel de grootste fietsenmaker van Zwolle. Onze werkplaats is vernieuwd.', platform: 'x', errors: [{ messageId: 'onlyAboutSender' }] }, // "the biggest"
    { text: 'Proud to announce: ons team heeft de Zorginnovatieprijs gewonnen. Wij zijn er ontzettend blij mee.', platform: 'linkedin', errors: [{ messageId: 'onlyAboutSender' }] }, // mixed Dutch and English
    { text: 'Our award-winning agency just signed three new clients. We are growing fast. #agency https://example.com', platform: 'bluesky', errors: [{ messageId: 'onlyAboutSender' }] }, // a link is not value for the reader
    { text: 'Deze week 25% korting op alle kaarsen in de winkel aan de Markt.', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // a discount is a pitch without "we"
    { text: 'Shop our NEW serum: only €24,95 until Monday.', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // a price and "shop our"
    { text: 'Heb je deze pure bonbon al geproefd? Met een vulling van pruim en port.', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // a question that is part of the pitch
    { text: 'rolex - submariner date black dial\n\n#126613ln', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] },
    { text: 'We just won the Best Bakery award again! Our team is thrilled.', platform: 'facebook', errors: [{ messageId: 'onlyAboutSender' }] }, // 'we just won': the sender stands right before the win
    { text: 'Wij hebben de prijs gewonnen! Ons team is er blij mee.', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // Dutch: 'wij' four words before 'gewonnen'
    { text: 'Our new serum is available at every Etos store.', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // a product that is available stays a pitch // a shop's listing: product name and reference number, no 'we' needed
    { text: 'patek philippe aquanaut rose gold\n\nref. pam1616', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // a listing with a letters-and-digits reference
    { text: 'Sinds deze maand hoor ik bij team Fietsfabriek. Ik ben er heel blij mee.', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // joining a brand's team is a sponsorship announcement
    { text: "Pick up some kids' tech and save 25% OFF. In-store and online. Offer ends Sunday.", platform: 'x', errors: [{ messageId: 'onlyAboutSender' }] }, // a price cut, 'in store and online' and an end date sell, with no 'we'
    { text: 'Introducing our all new reusable face masks, available in six patterns.', platform: 'x', errors: [{ messageId: 'onlyAboutSender' }] }, // a launch said as 'introducing our'
    { text: 'Naast onze kookworkshops verzorgen wij ook catering voor uw bedrijfsfeest. Wij komen graag bij u langs.', platform: 'linkedin', errors: [{ messageId: 'onlyAboutSender' }] }, // the sender's own services, and 'wij' twice: nothing for the reader but an offer
    { text: 'Stem op mij op 17 maart!', platform: 'x', errors: [{ messageId: 'onlyAboutSender' }] }, // a slogan asking for votes (the rubric counts it)
    { text: 'I am now brand ambassador for Oat & Go. Our first shoot was amazing.', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // the same in English
    { text: "I'm looking forward to speaking at the Care Tech Summit on 12 March. Why do so many pilots stall? In my session I answer it.", platform: 'linkedin', errors: [{ messageId: 'onlyAboutSender' }] }, // a speaking announcement: the question is the talk's topic, asked of nobody
    { text: 'Satisfied customers say it best. Testimonials like these make our week.', platform: 'linkedin', errors: [{ messageId: 'onlyAboutSender' }] }, // testimonials are social proof for the sender
    { text: 'Weer een tevreden klant ✔️ #gordijnen #interieur', platform: 'x', errors: [{ messageId: 'onlyAboutSender' }] }, // the Dutch testimonial
    { text: 'Gratis fietslampje bij elke 9 nuggets in de app. Op = op!', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // 'op = op' is 'op is op' written with a sign
    { text: 'Doe de #gratis energiecheck en kijk op https://example.nl/check', platform: 'x', errors: [{ messageId: 'onlyAboutSender' }] }, // sales words as hashtags standing in for words
    { text: 'Basics in every colour. Shop new styles today at penshoppe.com', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // 'shop new', 'shop your', 'shop all': the imperative 'shop' sells whatever follows it
    { text: 'Hoodie season is here. Cop it at the link in our bio!', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // 'cop it', 'snag it': streetwear's words for 'buy it'
    { text: 'You can click the link in my bio to place an advance order on the book.', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // ordering the sender's product, even said to 'you'
    { text: 'Gaming and audio at the lowest prices. Prices valid until 7 April, online or in-store.', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // an offer's end date and where to buy it are a shop's small print
    { text: 'Never tried our foundation? Claim your free 10-day sample now.', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // a free sample is a sales hook: the question is part of the pitch
    { text: 'De nieuwe datums zijn bekend! Schrijf je in voor een van onze open kookworkshops.', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // signing up for the sender's own paid workshop is buying
    { text: 'rolex explorer ii, black dial\n\n#226570', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // a reference tagged as digits alone is read as a word after '#', and is a listing all the same
    { text: 'On October 19, vote Conservative to protect our economy.', platform: 'facebook', errors: [{ messageId: 'onlyAboutSender' }] }, // a slogan asking for votes for a party, without 'me' or 'us'
    { text: 'Stem GroenLinks op 29 oktober!', platform: 'x', errors: [{ messageId: 'onlyAboutSender' }] }, // the Dutch slogan
    { text: 'Binnenkort komen de pakketjes online en in de winkel te staan.', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // 'online en in de winkel' is where a shop sells, as 'online or in-store'
    { text: 'An NDP government will fund more family doctors for your family.', platform: 'facebook', errors: [{ messageId: 'onlyAboutSender' }] }, // a campaign promise talks to 'you' the way a pitch does
    { text: 'We can stop the cuts. But only if you make your vote count.', platform: 'facebook', errors: [{ messageId: 'onlyAboutSender' }] }, // a campaign's own words, said to 'you'
    { text: 'Excited to share with you our new app. It took six months.', platform: 'linkedin', errors: [{ messageId: 'onlyAboutSender' }] }, // sharing news 'with you' stays an announcement: only 'with my/our' people or relatives share the moment
    { text: 'Finally launched: the new app is available now.', platform: 'x', errors: [{ messageId: 'onlyAboutSender' }] }, // 'Finally' is capitalised only because the sentence starts with it: no one else's release
    { text: 'audemars piguet royal oak, blue dial\n\n#15400st.oo.1220st.03', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // a reference of five digits and 'st' is no ordinal
    { text: 'audemars piguet royal oak offshore diver\n\n#15710stooa002ca01', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // a reference that runs on in letters and digits
    { text: 'rolex – explorer ii – 226570 – stainless steel – white polar dial 42mm', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // a spec line sets the reference between dashes, untagged
    { text: 'every rose has a thorn, but this rose gold timepiece has only joy to give you.\n\nrolex oyster perpetual 41 #124300', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // a listing talks to 'you' the way a pitch does
    { text: 'In case you missed it, my San Francisco recap is on the blog now! Link in bio.', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // the sender's own content released: 'on the blog now', 'new blog post', 'post is up'
    { text: 'Reminder: the book is up for preorders now. Have you snagged a copy?', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // 'preorders' in the plural sells as 'pre-order' does: the question is part of the pitch
    { text: 'Mijn nieuwe blogpost: drie dagen Parijs met de kinderen.', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // the Dutch release of the sender's own content
    { text: 'The bakery is now open! We bake everything fresh in our kitchen.', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // a shop that is now open stays the sender's news: only applications, registrations and the like are notices
    { text: "That's why a re-elected Conservative government will cut your taxes.", platform: 'facebook', errors: [{ messageId: 'onlyAboutSender' }] }, // 're-elected' is two words to the tokenizer: the article may stand four words before 'government'
    { text: 'Critics loved it. Get your tickets now by clicking the link in my bio.', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // tickets with a verb that sells them
    { text: 'Koop je tickets voor de voorstelling op onze site.', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // the Dutch: 'koop je tickets', 'tickets bestellen'
    { text: 'Heads up! Save BIG on select top-rated tools this weekend.', platform: 'facebook', errors: [{ messageId: 'onlyAboutSender' }] }, // 'save big', 'save up to': a saving is a pitch as '25% off' is
    { text: 'Scoor nu de nieuwe winterjas met gratis muts.', platform: 'instagram', errors: [{ messageId: 'onlyAboutSender' }] }, // 'scoor nu': Dutch for 'grab yours'
  ],
});

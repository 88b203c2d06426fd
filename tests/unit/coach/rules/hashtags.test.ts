import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/coach';
import rule from '@/lib/coach/rules/hashtags';
import { runRuleTests } from '../rule-tester';

runRuleTests(rule, {
  valid: [
    { text: 'Het nieuwe #Stadhuis opent vandaag. Kom kijken in het #Stadhuis zelf, de deur staat open.', platform: 'x' }, // a tag named twice as a word of its sentence is the post's subject, not a tag wall
    'Hoe pak jij de planning van een verbouwing aan?', // no hashtags at all
    { text: 'Nieuwe blog over toegankelijk schrijven #a11y #inclusiefschrijven', platform: 'x' }, // two specific tags on X is the norm
    { text: 'Our quarterly report is out. #ESG #SupplyChain #Sustainability #Reporting #CSRD', platform: 'linkedin' }, // five on LinkedIn is the norm
    { text: 'Zomer aan zee 🌊 #noordwijk', platform: 'threads' }, // one tag on Threads
    { text: 'Great talk on #a11y and #WCAG at the meetup', platform: 'mastodon' }, // two specific inline tags read fine
    { text: 'We zoeken #developers en #designers voor ons team in Utrecht', platform: 'linkedin' }, // two specific tags inline, no wall
    { text: 'Proud of this team. #love', platform: 'instagram', mode: 'personal' }, // a single generic tag is no pattern
    { text: 'Great event today. #marketingdag #eventprofs', platform: 'x' }, // tags in a block after the sentence
    { text: Array.from({ length: 5 }, (_, i) => `#vogel${i}`).join(' '), platform: 'instagram' }, // five is Instagram's own cap since December 2025
    { text: 'Op zoek naar #uitzendkracht #administratie #secretaresse', platform: 'linkedin', settings: { disabledRules: ['hashtags'] } }, // the user turned the rule off
    { text: '#a #b #c #d', platform: 'x', settings: { hashtagLimits: { x: 4 } as never } }, // a raised limit from settings is respected
    { text: 'C# en F# zijn allebei fijne talen om in te programmeren', platform: 'x' }, // C# is no hashtag
    { text: 'Kijk op https://example.com/#section voor details', platform: 'x' }, // a URL fragment is no hashtag
    { text: 'We zijn #1 in de regio volgens de klanten', platform: 'x' }, // #1 is no hashtag
    { text: 'Read more: #Rust #WebAssembly', platform: 'bluesky', mode: 'personal' }, // two specific tags within Bluesky's three
    { text: 'Fijne jaarwisseling van ons team #2020 #KeilandWeek', platform: 'x' }, // one year tag next to a specific event tag is a single broad tag, no pattern
    { text: 'Our recap of the #WebSummit2020 keynotes #AIethics', platform: 'x' }, // a year inside an event's tag keeps it specific
    { text: "Don't forget to use the hashtags #TenderJuicyHotdog #KidsCanTell #BT21 and tag us in your video!", platform: 'instagram' }, // contest tags quoted for the reader to use are not stuffing
    { text: 'Camel caravan heading to Bilma, seen from my paraglider #notadrone #DonovanWebster #Sahara To see more, follow @geosteinmetz', platform: 'instagram' }, // the run closes its sentence: the capital after it opens the next one
    { text: 'Share how you #OffCourtAssist and you could win!\nShare with us using #OffCourtAssist.', platform: 'facebook' }, // a campaign named in a sentence and tagged again is how it is done, no duplicate
    { text: 'The #SmokeHouseSocial is all about new artists. #AlwaysTrue #SmokeHouseSocial', platform: 'instagram' }, // the sentence's tag repeated in the closing block is no duplicate
    { text: 'Today we ran #userexperience #design reviews on wearable AR headsets', platform: 'mastodon' }, // two tags read as one term of the sentence, only one of them broad: no stuffing
  ],
  invalid: [
    { text: 'Our volunteers brought joy to 250 families last Christmas. #Throwback #volunteers #sg', platform: 'instagram', errors: [{ messageId: 'generic' }] }, // "#sg" is a country's tag like "#usa": with "#Throwback" two broad tags
    { text: 'Great panel on payments last week. #event #future #fintech', platform: 'linkedin', errors: [{ messageId: 'generic' }] }, // "#future" reaches no one in particular, nor does "#event"
    // the seed's own example: tags standing in for words
    { text: 'Op zoek naar #uitzendkracht #administratie #secretaresse #callcenter, dan moet u bij ons zijn.', platform: 'x', errors: [{ messageId: 'inSentence', severity: 'warning', ranges: [[13, 27], [28, 42], [43, 56], [57, 68]] }] },
    // three tags on X, over the norm of two
    { text: 'Nieuwe blog online #schrijven #toegankelijkheid #webdesign', platform: 'x', errors: [{ messageId: 'tooMany', severity: 'warning' }] },
    // generic tags over the norm name the generic ones
    { text: 'New post about our roadmap #business #marketing #success', platform: 'x', errors: [{ messageId: 'allGeneric' }] }, // none of them is specific: nothing to keep
    // a tag wall: more than twice the norm is a problem
    { text: 'Launch day #a11y #wcag #design #ux #ui #frontend', platform: 'x', errors: [{ messageId: 'tooMany', severity: 'problem' }] },
    // two generic tags within the norm still get swapped for specific ones
    { text: 'Mooie dag gehad op de beurs #ondernemen #nieuws', platform: 'linkedin', errors: [{ messageId: 'generic', ranges: [[28, 39], [40, 47]] }] },
    // asking for retweets and follows in tags ('#RT', Dutch '#volg') is engagement bait, as '#follow' is
    { text: 'Wie wint het weekendje weg? #RT en #VOLG', platform: 'x', errors: [{ messageId: 'generic', ranges: [[28, 31], [35, 40]] }] },
    // English generic tags in a Dutch post count too
    { text: 'Vandaag onze nieuwe collega verwelkomd #love #happy', platform: 'facebook', errors: [{ messageId: 'generic' }] },
    // the user's own generic tag counts
    { text: 'Vergadering over de begroting #gemeente #politiek', platform: 'linkedin', settings: { extraGenericHashtags: ['#Gemeente', 'politiek'] }, errors: [{ messageId: 'generic' }] },
    // a duplicate tag is a problem, highlighted at the repeat
    { text: 'Fijne dag in de stad #utrecht #Utrecht', platform: 'linkedin', errors: [{ messageId: 'duplicate', severity: 'problem', ranges: [[30, 38]] }] },
    // one tag on Threads is the norm: two is over
    { text: 'Late night thoughts on typography #fonts #typography', platform: 'threads', mode: 'personal', errors: [{ messageId: 'tooMany', severity: 'tip' }] },
    // personal mode lowers the severity to a tip
    { text: 'Vakantie! #zon #zee #strand', platform: 'x', mode: 'personal', errors: [{ messageId: 'tooManyGeneric', severity: 'tip' }] }, // #zon and #strand are broad: the message names them
    // Bluesky's norm is three
    { text: 'Reading list #books #scifi #fantasy #poetry', platform: 'bluesky', errors: [{ messageId: 'tooMany' }] },
    // inline generic tags in an English sentence
    { text: 'Looking for #marketing and #sales people who want to join us', platform: 'linkedin', errors: [{ messageId: 'inSentence' }] },
    // in-sentence tags plus a duplicate: both points
    { text: 'Wij zoeken #koks, #bakkers en #afwassers in Utrecht.\n#koks', platform: 'linkedin', errors: [{ messageId: 'duplicate' }, { messageId: 'inSentence' }] },
    // a repeat counts toward the norm: three tags on X, however many names they share
    { text: 'Check out the grf package\n\n#Rstats #rstats #econtwitter', platform: 'x', errors: [{ messageId: 'duplicate' }, { messageId: 'tooMany' }] },
    // the closing block repeating its own tag is a duplicate, even when the sentence named it first
    { text: 'Share how you #OffCourtAssist and win!\n#OffCourtAssist #OffCourtAssist', platform: 'facebook', errors: [{ messageId: 'duplicate', ranges: [[55, 70]] }] },
    // six tags on Instagram, one named in the caption and again in the closing block: over the cap of five
    { text: 'Hear more in our latest episode of #COLORS.\n#COLORS #DEI #InclusiveWorkplace #DisabilityAwareness #InclusiveWorld', platform: 'instagram', errors: [{ messageId: 'duplicate' }, { messageId: 'tooMany' }] },
    // a repeat read as a word of its sentence is no duplicate (taking it out would break the sentence): the stuffing is the point
    { text: 'Wij zoeken #koks, #bakkers en #koks in Utrecht', platform: 'facebook', errors: [{ messageId: 'inSentence' }] },
    // a Dutch UI gets a filled Dutch message
    { text: 'Ons nieuwe product #innovatie #technologie #duurzaam', platform: 'x', uiLocale: 'nl', errors: [{ messageId: 'allGeneric' }] }, // none of them is specific: nothing to keep
    // a comment is checked like a post
    { text: 'Helemaal mee eens #marketing #socialmedia', platform: 'linkedin', kind: 'comment', errors: [{ messageId: 'generic' }] },
    // Instagram's norm is fifteen: sixteen is over
    { text: Array.from({ length: 6 }, (_, i) => `#vogel${i}`).join(' '), platform: 'instagram', errors: [{ messageId: 'tooMany' }] }, // six is over Instagram's cap of five
    { text: 'Nieuw in de winkel #vogels#vogelhuisje#tuin#natuur#voederhuisje#lente', platform: 'instagram', errors: [{ messageId: 'tooManyGeneric' }] }, // tags glued without spaces are six tags
    { text: 'Trots op ons team hashtag#vogels hashtag#tuin hashtag#natuur', platform: 'x', errors: [{ messageId: 'tooMany' }] }, // hashtag#X in copied LinkedIn text is the tag #X
    { text: 'Gelukkig nieuwjaar allemaal! #2020 #newyear https://t.co/x', platform: 'x', errors: [{ messageId: 'generic' }] }, // a year tag and a New Year tag are on every post that week: two broad tags
    { text: 'Een fantastisch 2020 gewenst! #happynewyear #gelukkignieuwjaar #2020', platform: 'x', errors: [{ messageId: 'allGeneric' }] }, // three season's-greetings tags on X: over two, and none specific
    { text: 'Doe de #gratis energiecheck en #bespaar kijk op https://t.co/x', platform: 'x', errors: [{ messageId: 'generic' }] }, // "free" and "save" are sales words, not topics (the rubric's #gratis)
    { text: 'Photo of a warm cup of chai in Telangana. #chai #India #family', platform: 'instagram', errors: [{ messageId: 'generic' }] }, // a whole country and #family reach nobody in particular, like the rubric's #nederland
    { text: 'Camp outside a school in Gujarat. #refugees #india #displaced #girls', platform: 'instagram', errors: [{ messageId: 'generic' }] }, // plural people tags (#girls, #women) are as broad as the rubric's #love
    { text: 'Responding to comments, it takes seconds! #vegan #funny #ai', platform: 'instagram', errors: [{ messageId: 'generic' }] }, // #funny and #ai are mass tags like the rubric's #love: they reach nobody in particular
    { text: 'Thank you to all the speakers who made our conference a success!\n\n#DiscoverNewYork #Networking #DataDriven', platform: 'linkedin', errors: [{ messageId: 'generic' }] }, // #Networking and #DataDriven are LinkedIn's mass tags, like the rubric's #business: the event's own tag is the one that reaches someone
    // broad families beyond the rubric's examples: two of them reach nobody in particular
    { text: 'Woke up to this guy this morning. #rhodesianridgeback #chillin #lazy', platform: 'instagram', errors: [{ messageId: 'generic' }] }, // mood tags (#chillin, #lazy) are on millions of posts
    { text: 'New year, new goals. #NeverSettle #BeHappy #yachtlife', platform: 'instagram', errors: [{ messageId: 'generic' }] }, // slogan tags reach no audience, like the rubric's #motivation
    { text: 'Sister day at the market! #sistergoals #loveher #brunchclub', platform: 'instagram', errors: [{ messageId: 'generic' }] }, // family and friends tags are as broad as #family
    { text: 'Protein, healthy fat and fruit! #healthcoach #healthy #yum', platform: 'instagram', errors: [{ messageId: 'generic' }] }, // everyday food and fitness tags, like the rubric's #food
    { text: 'Temples at dawn. #kyototemples #japan #vacation', platform: 'instagram', errors: [{ messageId: 'generic' }] }, // a whole country and a trip tag, like the rubric's #nederland
    { text: 'Our spring crisps are in the shops. #kettlechips #easter #spring', platform: 'instagram', errors: [{ messageId: 'generic' }] }, // a holiday and a season are on every post that week
    { text: 'Webinar over een inclusieve oplossing voor ICT-vacatures. #NeuroDiversiteit #ICT #dutch #HR', platform: 'mastodon', errors: [{ messageId: 'generic' }] }, // a whole field (#ICT, #HR) and a language reach nobody in particular
    { text: 'Get all the answers about our admission process. #AdmissionsAtSNUC #FutureReady #AcademicExcellence', platform: 'linkedin', errors: [{ messageId: 'generic' }] }, // buzzword tags, like the rubric's #success
    { text: 'Here is to all the presidents who made cents. #seewhatididthere #punintended', platform: 'facebook', errors: [{ messageId: 'generic' }] }, // joke tags, like #lol
    { text: 'Best trip yet with my guys #throwback #memories #chicagotrip', platform: 'instagram', errors: [{ messageId: 'generic' }] }, // throwback tags, like the rubric's #photooftheday
    { text: 'Heerlijk gegeten bij de buren #lekkereten #eindhoven #bistrodepoort', platform: 'instagram', errors: [{ messageId: 'generic' }] }, // a big city and "good food", like the rubric's #nederland and #food
    { text: 'Quote about friendship and screens. #friendship #socialMedia #communityhttps://example.com/blog', platform: 'mastodon', errors: [{ messageId: 'generic' }] }, // a tag glued to a link by a lost line break is still #community (rubric: ignore scraper damage)
  ],
});

describe('hashtags suggestions', () => {
  const keepLabels = (text: string) =>
    analyze({ text, platform: 'x' }, { mode: 'work' })
      .findings.filter((finding) => finding.ruleId === 'hashtags')
      .flatMap((finding) => (finding.suggestions ?? []).map((suggestion) => suggestion.label));

  it('offers to keep the specific tags, never a broad one', () => {
    // #wijkteam and #mantelzorg are specific; #love and #business are broad
    expect(keepLabels('Vandaag op pad met het team. #love #wijkteam #business #mantelzorg')).toEqual(['Keep #wijkteam #mantelzorg']);
  });

  const repeatEdits = (text: string, uiLocale: 'en' | 'nl' = 'en') =>
    analyze({ text, platform: 'linkedin' }, { mode: 'work', uiLocale })
      .findings.filter((finding) => finding.ruleId === 'hashtags' && finding.messageId === 'duplicate')
      .flatMap((finding) => (finding.suggestions ?? []).map(({ label, edit }) => ({ label, edit })));
  const removed = (text: string) => {
    const edit = repeatEdits(text)[0]?.edit;
    return edit ? text.slice(0, edit.start) + edit.to + text.slice(edit.end) : text;
  };

  it('offers to remove a repeated tag with the space before it', () => {
    expect(repeatEdits('Walk #coffee #coffee')).toEqual([{ label: 'Remove the repeated #coffee', edit: { start: 12, end: 20, from: ' #coffee', to: '' } }]);
    expect(repeatEdits('Fijne dag in de stad #utrecht #Utrecht', 'nl')[0]?.label).toBe('Haal de herhaalde #Utrecht weg');
    expect(removed('Fijne dag in de stad #utrecht #Utrecht')).toBe('Fijne dag in de stad #utrecht');
  });

  it('removes a repeat at the start of a line with the space after it, and a glued repeat alone', () => {
    expect(removed('Walk #coffee\n#coffee #walk')).toBe('Walk #coffee\n#walk');
    expect(removed('Tuin #vogels#tuin#vogels')).toBe('Tuin #vogels#tuin');
  });

  it('offers nothing to keep when every tag is broad', () => {
    // keeping "the most specific" of four broad tags would contradict the nudge itself
    expect(keepLabels('Vandaag op pad met het team. #love #instagood #business #marketing')).toEqual([]);
  });
});

describe('hashtags wording', () => {
  const hashtagFinding = (text: string, platform: 'x' | 'threads', uiLocale: 'en' | 'nl') =>
    analyze({ text, platform }, { mode: 'work', uiLocale }).findings.find((finding) => finding.ruleId === 'hashtags');
  const wall = 'Launch day at the studio. #love #instagood #business #marketing';
  const mixed = 'Launch day at the studio. #love #keramiekles #business #pottenbakken';

  it.each([
    // Threads' norm is one tag: the nudge speaks of one tag, not "1 targeted hashtags"
    { text: wall, platform: 'threads' as const, uiLocale: 'en' as const, message: 'Swap these tags for 1 targeted hashtag' },
    { text: wall, platform: 'threads' as const, uiLocale: 'nl' as const, message: 'Ruil deze tags in voor 1 gerichte hashtag' },
    // X's norm is two: plural; none of the four is specific, so none is offered to keep
    { text: wall, platform: 'x' as const, uiLocale: 'en' as const, message: 'Swap these tags for 2 targeted hashtags' },
    { text: wall, platform: 'x' as const, uiLocale: 'nl' as const, message: 'Ruil deze tags in voor 2 gerichte hashtags' },
    // two specific tags among broad ones: the message names exactly the two its suggestion keeps
    { text: mixed, platform: 'x' as const, uiLocale: 'en' as const, message: 'Keep only #keramiekles and #pottenbakken' },
    { text: mixed, platform: 'x' as const, uiLocale: 'nl' as const, message: 'Houd alleen #keramiekles en #pottenbakken over' },
    // one of them on Threads: the longer, more specific one
    { text: mixed, platform: 'threads' as const, uiLocale: 'en' as const, message: 'Keep only #pottenbakken' },
  ])('$platform in $uiLocale: "$message"', ({ text, platform, uiLocale, message }) => {
    expect(hashtagFinding(text, platform, uiLocale)?.message).toBe(message);
  });

  it('never tells the writer to keep "the most specific ones" when none is', () => {
    const finding = hashtagFinding(wall, 'x', 'en');
    expect(finding?.explanation).not.toMatch(/most specific|Keep the/);
    expect(finding?.suggestions ?? []).toEqual([]);
  });
});

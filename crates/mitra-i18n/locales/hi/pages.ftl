# Mitra: the words of the public pages and the forms partners and firms keep their records
# with (the front page, the directory and an organisation's page, the opportunities and an
# opportunity's page, the opportunity form and the profile editor). Field problems come from
# common.ftl and are shown beside the field whose label names them; kinds, channels, legal
# forms, statuses and size classes are common.ftl's too.

## Shared by the lists and the forms

pages-filter-any = कोई भी
pages-filter-country = देश
pages-filter-search = खोजें
pages-filter-apply = फ़िल्टर करें
# Above a list of the filters that were refused, each "field: what is wrong".
pages-filter-problems = कुछ फ़िल्टर इस्तेमाल नहीं किए जा सके:
pages-next-page = अगला पेज
# A tag on a record that is no longer live.
pages-archived = आर्काइव किया गया
# A tag on an opportunity that is an example, not a real programme.
pages-illustrative = उदाहरण
pages-illustrative-hint = एक ऐसे कार्यक्रम पर आधारित, जिसकी पुष्टि नहीं हो सकी
pages-record-json = यह रिकॉर्ड JSON में
pages-form-not-saved = कुछ भी सहेजा नहीं गया: कुछ फ़ील्ड दोबारा देखने होंगे। नीचे हर ऐसे फ़ील्ड पर निशान लगाया गया है।
# Beside a list in which several entries can be chosen.
pages-choose-several = एक से ज़्यादा चुनने के लिए Ctrl (या Cmd) दबाकर रखें।

## The front page

landing-title = Mitra: एमएसएमई को संकट से उबारने वाले भागीदार
landing-heading = सूक्ष्म, लघु और मध्यम उद्यमों को संकट से उबारने के लिए भागीदार
landing-intro = Mitra एक ऐसा प्लेटफ़ॉर्म है जिसे एमएसएमई की मदद करने वाली एक एजेंसी चलाती है। यह संकट से उबर रहे व्यवसायों को उन बैंकों, सरकारी एजेंसियों, गैर-लाभकारी संस्थाओं, विश्वविद्यालयों, बड़ी कंपनियों, ई-कॉमर्स प्लेटफ़ॉर्म और दूसरे एमएसएमई से जोड़ता है जो उनकी मदद कर सकते हैं, और आँकड़ों से दिखाता है कि ये व्यवसाय संकट से उबर पा रहे हैं या नहीं।
# $msmes, $partners and $opportunities are the three counts below, each with its noun
# ("12 MSMEs", "3 partners", "1 opportunity").
landing-counts = इस रजिस्ट्री में { $msmes }, { $partners } और { $opportunities } दर्ज हैं।
landing-count-msmes =
    { $count ->
        [one] { $shown } एमएसएमई
       *[other] { $shown } एमएसएमई
    }
landing-count-partners =
    { $count ->
        [one] { $shown } भागीदार
       *[other] { $shown } भागीदार
    }
landing-count-opportunities =
    { $count ->
        [one] { $shown } अवसर
       *[other] { $shown } अवसर
    }
landing-channels-heading = मदद के पाँच प्रकार
# Under each channel's name, what it brings.
landing-channel-resources = फ़ंडिंग, तकनीक, कच्चा माल, मिलकर ख़रीदारी
landing-channel-knowledge = भागीदारों से विशेषज्ञता और काम की जानकारी
landing-channel-networking = दूसरे व्यवसायों से परिचय और सही साझेदार ढूँढने में मदद
landing-channel-markets = नए बाज़ार, ई-कॉमर्स प्लेटफ़ॉर्म से जुड़ने में मदद
landing-channel-training = कोर्स, मार्गदर्शक, समूह में प्रशिक्षण
landing-see-opportunities = अवसर देखें
landing-ways-in-heading = आगे कहाँ जाएँ
# Each way in is a link, then the text after it (which begins with its own punctuation).
landing-directory-link = संस्थाओं की निर्देशिका
landing-directory-after = : देश, सेक्टर और आकार के अनुसार एमएसएमई और भागीदार।
landing-opportunities-link = अवसरों की सूची
landing-opportunities-after = : लोन, प्रशिक्षण, मार्गदर्शन, बाज़ार तक पहुँच।
landing-api-link = API दस्तावेज़ (OpenAPI 3.1)
landing-api-after = , उन सिस्टम के लिए जो Mitra से जुड़ते हैं।

## The directory of organisations

directory-title = निर्देशिका
directory-heading = संस्थाओं की निर्देशिका
directory-kind-label = प्रकार
directory-size-label = आकार
directory-industry-label = सेक्टर कोड
# An example in the sector field: an ISIC section letter or class.
# An example word in the search field.
directory-search-placeholder = कोको
directory-matches =
    { $count ->
        [one] फ़िल्टर से { $shown } संस्था मेल खाती है।
       *[other] फ़िल्टर से { $shown } संस्थाएँ मेल खाती हैं।
    }
directory-matches-more = फ़िल्टर से { $shown } से अधिक संस्थाएँ मेल खाती हैं; कम देखने के लिए फ़िल्टर और सीमित करें।
directory-none = इन फ़िल्टर से कोई संस्था मेल नहीं खाती।

## An organisation's page

organization-edit = प्रोफ़ाइल में बदलाव करें
organization-publish = अवसर प्रकाशित करें
organization-languages = भाषाएँ
organization-legal-form = कानूनी स्वरूप
organization-operating-status = कामकाज की स्थिति
organization-founded = स्थापना
organization-industry = उद्योग
# $code is an industry code that is in neither the ISIC nor the NAICS list.
organization-industry-unclassified = { $code } · यह कोड किसी सूची में नहीं है
organization-balance-sheet = बैलेंस शीट
# In place of a figure the firm has not shared with the reader's organisation.
organization-not-shared = आपकी संस्था के साथ साझा नहीं किया गया
organization-size-class-label = आकार श्रेणी
# $class is the size class (Micro, Small…), $rule the law that sets the classes, cited as it is
# ("Ghana L.I. 2470"), $date the day the figures were read on.
organization-size-class = { $class } ({ $rule } के तहत, { $date } की स्थिति में)
organization-size-not-known = पता नहीं
# $reason says what the size rule still needs, or why there is no rule.
organization-size-not-known-because = पता नहीं: { $reason }
organization-ownership = स्वामित्व
organization-women-led = महिलाओं के नेतृत्व में
organization-youth-led = युवाओं के नेतृत्व में
organization-veteran-led = पूर्व सैनिकों के नेतृत्व में
organization-needs = ज़रूरतें
organization-offers = पेशकश
organization-offered = दिए जा रहे अवसर
organization-recommended = सुझाए गए अवसर
# How well a recommended opportunity fits the firm; $score is a number such as 2.4.
organization-score = स्कोर { $score }
# $reasons are the reasons below, joined by commas.
organization-why = क्यों: { $reasons }
organization-reasons-json = सभी कारण JSON में

## Why an opportunity is recommended to a firm (shown after "Why:", joined by commas)

recommendation-reason-industry = आपके उद्योग के अनुकूल
recommendation-reason-any-industry = किसी भी उद्योग के व्यवसायों के लिए खुला
recommendation-reason-same-country = आपके देश में
recommendation-reason-same-region = आपके क्षेत्र में
recommendation-reason-size-fit = आपके आकार के व्यवसायों के लिए
recommendation-reason-channel-need = आपकी बताई एक ज़रूरत पूरी करता है
recommendation-reason-text-relevance = आपकी ज़रूरतों में लिखे शब्दों से मेल खाता है
recommendation-reason-shared-language = आपकी भाषा में
recommendation-reason-recovery-need = उन व्यवसायों के लिए जिनकी आमदनी घटी है
recommendation-reason-women-led = महिलाओं के नेतृत्व वाले व्यवसायों को प्राथमिकता
recommendation-reason-youth-led = युवाओं के नेतृत्व वाले व्यवसायों को प्राथमिकता

## Why a firm's size class is not known (after "not known:"; $rule is the law's citation,
## such as "India S.O. 1364(E)", and stays as it is)

size-rule-none = Mitra के पास { $country } के लिए आकार तय करने का कोई नियम नहीं है
size-rule-not-in-force = { $date } को { $country } का कोई आकार नियम लागू नहीं था
# $figures is one figure, or several joined as size-rule-list-and writes them.
size-rule-needs-all = { $rule } के लिए { $figures } चाहिए
# $figures is one figure, or several joined as size-rule-list-or writes them.
size-rule-needs-one-of = { $rule } के लिए { $figures } चाहिए
# $expected and $got are currency codes, such as INR and USD.
size-rule-wrong-currency = { $rule } के अनुसार { $figure } { $expected } में होना चाहिए, लेकिन यह { $got } में दिया गया है
# $items are all the figures but the last, joined by commas.
size-rule-list-and = { $items } और { $last }
size-rule-list-or = { $items } या { $last }
size-rule-figure-employees = कर्मचारियों की संख्या
size-rule-figure-annual-turnover = सालाना टर्नओवर
size-rule-figure-investment = निवेश
size-rule-figure-balance-sheet-total = बैलेंस शीट का कुल योग
size-rule-figure-founded-on = स्थापना की तारीख
size-rule-figure-industry-code = उद्योग कोड

## The list of opportunities

opportunities-title = अवसर
opportunities-heading = अवसर
opportunities-channel-label = मदद का प्रकार
opportunities-region-label = क्षेत्र
opportunities-language-label = भाषा
# An example word in the search field.
opportunities-search-placeholder = लोन
opportunities-matches =
    { $count ->
        [one] फ़िल्टर से { $shown } अवसर मेल खाता है।
       *[other] फ़िल्टर से { $shown } अवसर मेल खाते हैं।
    }
opportunities-matches-more = फ़िल्टर से { $shown } से अधिक अवसर मेल खाते हैं; कम देखने के लिए फ़िल्टर और सीमित करें।
opportunities-open-now = अभी खुले हैं
opportunities-closes-on = { $date } को बंद होगा
opportunities-up-to = { $amount } तक
opportunities-none = इन फ़िल्टर से कोई अवसर मेल नहीं खाता।

## An opportunity's page

opportunity-edit = इस अवसर में बदलाव करें
opportunity-illustrative-tag = उदाहरण: एक ऐसे कार्यक्रम पर आधारित, जिसकी पुष्टि नहीं हो सकी
opportunity-offered-by = किसकी ओर से
opportunity-status = स्थिति
# Whether firms can apply today.
opportunity-open = आवेदन खुले हैं
opportunity-closed = आवेदन बंद हैं
opportunity-opens = आवेदन शुरू होने की तारीख
opportunity-closes = आवेदन की आखिरी तारीख
opportunity-seats = सीटें
opportunity-mentor-slots = मेंटरिंग स्लॉट
opportunity-budget = बजट
opportunity-per-firm = प्रति व्यवसाय अधिकतम राशि
opportunity-languages = भाषाएँ
opportunity-regions = क्षेत्र
# The regions of an opportunity that names none.
opportunity-whole-country = पूरा देश
opportunity-industries = उद्योग
opportunity-priority = किसे प्राथमिकता
opportunity-women-led = महिलाओं के नेतृत्व वाले व्यवसाय
opportunity-youth-led = युवाओं के नेतृत्व वाले व्यवसाय
# Before the size classes the opportunity is for ("Micro, Small").
opportunity-sizes = किस आकार के व्यवसायों के लिए

## The opportunity form

offer-new-heading = अवसर प्रकाशित करें
offer-edit-heading = अवसर में बदलाव करें
# $partner is the organisation that offers it, $country the country it is offered in.
offer-offered-by = { $country } में { $partner } की ओर से।
offer-stale = आपके बदलाव करते समय किसी और ने यह अवसर बदल दिया। फ़ॉर्म में आपकी भरी जानकारी अभी भी है; इसे अवसर की मौजूदा स्थिति से मिलाकर देखें और फिर से सहेजें।
offer-what-legend = अवसर क्या है
offer-title = शीर्षक
offer-description = विवरण
offer-channel = मदद का प्रकार
offer-how-much-legend = कितना
offer-seats = सीटें
offer-mentor-slots = मेंटरिंग स्लॉट
offer-budget = बजट
offer-budget-currency = बजट की मुद्रा
offer-per-firm = एक व्यवसाय को मिलने वाली अधिकतम राशि
offer-per-firm-currency = इस राशि की मुद्रा
offer-when-legend = कब और किसके लिए
offer-opens-on = आवेदन शुरू होने की तारीख
offer-closes-on = आवेदन की आखिरी तारीख
offer-languages = भाषाएँ
offer-regions = किन क्षेत्रों के लिए
offer-regions-hint = कॉमा लगाकर अलग करें; पूरे देश के लिए खाली छोड़ें।
offer-industries = उद्योग
offer-industries-hint = किसी भी स्तर के ISIC कोड, कॉमा लगाकर अलग करें (मैन्युफ़ैक्चरिंग के लिए C, कोको के लिए 1073); सभी उद्योगों के लिए खाली छोड़ें।
offer-sizes-legend = व्यवसाय का आकार (सभी आकारों के लिए कोई न चुनें)
offer-women-led = महिलाओं के नेतृत्व वाले व्यवसायों को प्राथमिकता
offer-youth-led = युवाओं के नेतृत्व वाले व्यवसायों को प्राथमिकता
offer-illustrative = उदाहरण (एक ऐसे कार्यक्रम पर आधारित, जिसकी पुष्टि नहीं हो सकी)

## The profile editor

# $name is the organisation's name.
profile-title = { $name } की प्रोफ़ाइल बदलें
profile-heading = प्रोफ़ाइल में बदलाव करें
profile-stale = आपके बदलाव करते समय किसी और ने यह प्रोफ़ाइल बदल दी। नीचे के फ़ॉर्म में आपकी भरी जानकारी अभी भी है; इसे प्रोफ़ाइल की मौजूदा स्थिति से मिलाकर देखें और फिर से सहेजें।
# A link after profile-stale.
profile-stale-link = प्रोफ़ाइल की मौजूदा स्थिति देखें
profile-size-label = आकार श्रेणी:
profile-size-not-known = पता नहीं
# $class is the size class (Micro, Small…), $rule the law that sets the classes, cited as it is
# ("Ghana L.I. 2470"), $date the day the figures were read on.
profile-size-class = { $class }, { $rule } के तहत, { $date } की स्थिति में
# $reason says what the size rule still needs, or why there is no rule.
profile-size-not-known-because = अभी पता नहीं: { $reason }
profile-size-hint = यह नीचे दिए गए आँकड़ों से { $country } के नियमों के अनुसार अपने-आप तय होती है; इसे कभी हाथ से नहीं भरा जाता।
profile-organisation-legend = संस्था
profile-name = नाम
profile-region = क्षेत्र, राज्य या प्रांत
profile-description = संस्था क्या काम करती है
profile-languages = किन भाषाओं में काम करती है
profile-business-legend = व्यवसाय
profile-legal-form = कानूनी स्वरूप
profile-registration-number = पंजीकरण नंबर
profile-founded-on = स्थापना की तारीख
profile-industry = उद्योग
profile-industry-hint = ISIC Rev.4 की श्रेणी (चार अंकों की, जैसे कोको और चॉकलेट के लिए 1073) या NAICS कोड।
profile-operating-status = कामकाज की स्थिति
profile-figures-legend = आँकड़े
profile-employees = कर्मचारियों की संख्या
profile-turnover = सालाना टर्नओवर
profile-amount-hint = पहले राशि, फिर उसकी मुद्रा।
profile-turnover-currency = टर्नओवर की मुद्रा
profile-investment = प्लांट, मशीनरी और उपकरणों में निवेश
profile-investment-currency = निवेश की मुद्रा
profile-balance-sheet = बैलेंस शीट का कुल योग
profile-balance-sheet-hint = यह सिर्फ़ यूरोपीय संघ (EU) के नियम में देखा जाता है।
profile-balance-sheet-currency = बैलेंस शीट की मुद्रा
profile-ownership-legend = स्वामित्व
profile-women-led = महिलाओं के नेतृत्व में
profile-youth-led = युवाओं के नेतृत्व में
profile-veteran-led = पूर्व सैनिकों के नेतृत्व में
profile-needs-legend = व्यवसाय की ज़रूरतें
profile-offers-legend = संस्था क्या पेशकश करती है
profile-channel = मदद का प्रकार
profile-in-your-words = अपने शब्दों में
profile-save = प्रोफ़ाइल सहेजें

## Archiving an organisation

organization-archive-explain = संग्रह में डालने से यह संस्था और इसके अवसर हर सूची और खोज से हट जाते हैं; ऑडिट लॉग में इसका पूरा रिकॉर्ड रहता है।
organization-archive-button = इस संस्था को संग्रह में डालें

## Past years' figures
profile-years-legend = पिछले वर्षों के आँकड़े
profile-years-hint = कार्यक्रमों के नियम इन्हें पढ़ते हैं: उदाहरण के लिए CEBA 2019 का वेतन-व्यय पढ़ता है। कुछ न जोड़ना हो तो पंक्ति ख़ाली छोड़ें।
profile-year = वर्ष
profile-year-payroll = वेतन-व्यय (चुकाए गए वेतन और भत्ते)
profile-year-expenses = न टाले जा सकने वाले ख़र्च (किराया, बिजली-पानी, बीमा)
profile-year-turnover = उस वर्ष का कारोबार
profile-year-employees = उस वर्ष कार्यरत व्यक्ति
profile-year-currency = उस वर्ष की राशियों की मुद्रा

## Eligibility
eligibility-heading = कौन आवेदन कर सकता है
eligibility-rules-from = ये नियम { $date } से किए गए आवेदनों पर लागू हैं।
eligibility-summary = आप { $total } में से { $met } मानदंड पूरे करते हैं।
eligibility-fill-in = आपकी प्रोफ़ाइल में नहीं है: { $fields }।
eligibility-all-met = आप आवेदन कर सकते हैं।
eligibility-edit-profile = प्रोफ़ाइल पूरी करें
eligibility-met = पूरा:
eligibility-not-met = पूरा नहीं:
eligibility-unknown = अभी ज्ञात नहीं:
eligibility-missing = नहीं दिया गया
eligibility-value = { $field }: { $value }
eligibility-yes = हाँ
eligibility-no = नहीं
field-kind = संगठन का प्रकार
field-country = देश
field-region = क्षेत्र
field-legal-form = विधिक स्वरूप
field-founded-on = स्थापना की तिथि
field-years-in-operation = संचालन के वर्ष
field-operating-status = संचालन की स्थिति
field-industry = उद्योग कोड
field-isic-section = क्षेत्रक
field-size-class = आकार वर्ग
field-employees = कार्यरत व्यक्ति
field-turnover = वार्षिक कारोबार
field-investment = निवेश
field-balance-sheet-total = तुलन-पत्र का योग
field-women-led = महिलाओं द्वारा संचालित
field-youth-led = युवाओं द्वारा संचालित
field-veteran-led = पूर्व सैनिकों द्वारा संचालित
field-application-date = आवेदन की तिथि
field-year-payroll = { $year } का वेतन-व्यय
field-year-expenses = { $year } के न टलने वाले ख़र्च
field-year-turnover = { $year } का कारोबार
field-year-employees = { $year } में कार्यरत व्यक्ति
relief-forgiven = समय पर चुकाने पर माफ़
relief-example = { $borrowed } के ऋण में से { $forgiven }
relief-deadline = शेष राशि चुकाने की अंतिम तिथि
relief-refinanced = { $filed } तक पुनर्वित्त आवेदन देने पर: { $date }।
relief-otherwise = अन्यथा
relief-term-loan = शेष राशि { $rate } % वार्षिक ब्याज पर सावधि ऋण बन जाती है, देय तिथि { $due }

# Programmes
nav-programmes = कार्यक्रम
organization-new-programme = कार्यक्रम शुरू करें
offer-programme = कार्यक्रम
offer-programme-hint = वह कार्यक्रम जिसका यह हिस्सा है: वही चैनल, वही देश।
offer-no-programme = किसी कार्यक्रम का हिस्सा नहीं
programmes-title = कार्यक्रम
programmes-intro = एजेंसियाँ और भागीदार जो कार्यक्रम चलाते हैं, हर एक किसी एक चैनल पर: उनमें शामिल अवसर, वह वर्ष जिससे उनके उद्यमों की रिकवरी मापी जाती है, और वे उद्यमों के जिन हिस्सों तक पहुँचना चाहते हैं।
programmes-none = अभी कोई कार्यक्रम नहीं है।
programme-running = चल रहा है
programme-run-by = { $organisation } द्वारा संचालित
programme-period = { $from } से { $to } तक
programme-from = { $from } से
programme-edit = कार्यक्रम बदलें
programme-runner = संचालक
programme-participants = भाग लेने वाले उद्यम
programme-baseline-explained = किसी उद्यम की रिकवरी उसके पहले कार्यक्रम के आधार वर्ष के आँकड़ों से मापी जाती है, ताकि उसके सभी महीने एक ही पैमाने पर हों।
programme-opportunities = इसके अवसर
programme-no-opportunities = अभी इसमें कोई अवसर नहीं है: भागीदार अवसर के फ़ॉर्म से उसे जोड़ता है।
programme-dates = तिथियाँ
programme-baseline-year = आधार वर्ष
programme-baseline-is = रिकवरी { $year } की तुलना में मापी जाती है
programme-target-women = कम से कम { $share }% महिला-नेतृत्व वाले उद्यम
programme-target-youth = कम से कम { $share }% युवा-नेतृत्व वाले उद्यम
programme-target-region = कम से कम { $share }% { $region } से
programme-no-targets = कोई तय नहीं
programme-targets = निष्पक्षता के लक्ष्य
programme-new-heading = कार्यक्रम शुरू करें
programme-edit-heading = कार्यक्रम बदलें
programme-what-legend = यह क्या है
programme-name = नाम
programme-starts-on = शुरू होने की तिथि
programme-ends-on = समाप्ति की तिथि
programme-baseline-hint = उस झटके से पहले का वर्ष जिसका जवाब यह कार्यक्रम है, जिसके आँकड़ों से रिकवरी मापी जाती है (महामारी के लिए 2019)।
programme-targets-hint = सेवा पाने वाले उद्यमों का वह न्यूनतम प्रतिशत जो कार्यक्रम हर समूह को देना चाहता है; न हो तो ख़ाली छोड़ें।
programme-women-share = महिला-नेतृत्व वाले उद्यम (%)
programme-youth-share = युवा-नेतृत्व वाले उद्यम (%)
programme-region-shares = क्षेत्र (%)
programme-region-shares-hint = हर पंक्ति में कार्यक्रम का एक क्षेत्र, उसके हिस्से के साथ: Ashanti: 30
opportunity-programme = इसका हिस्सा

# Mentors and pools
nav-mentoring = मेंटरिंग
mentor-heading = आपकी मेंटर प्रोफ़ाइल
mentor-intro = { $name }, कार्यक्रम यहाँ दी गई जानकारी से आपको उद्यमों से जोड़ते हैं: आप क्या जानते हैं, किन भाषाओं में मेंटरिंग करते हैं, कहाँ, और एक साथ कितने मेंटी ले सकते हैं।
mentor-in-pools = आप इनके मेंटर समूह में हैं:
mentor-knows-legend = आप क्या जानते हैं
mentor-expertise = उद्योग
mentor-topics = विषय
mentor-topics-hint = अल्पविराम से अलग, जैसे बहीखाता, निर्यात के काग़ज़ात
mentor-about = आपके बारे में
mentor-where-legend = किन भाषाओं में, और कहाँ
mentor-when-legend = कितने, और कब
mentor-capacity = एक साथ मेंटी
mentor-available-from = कब से उपलब्ध
mentor-pause = विराम: अभी नए मेंटी न लें
mentor-paused = विराम पर
mentor-from = { $date } से
mentor-takes-mentees = मेंटी लेते हैं
pool-heading = मेंटर समूह
pool-summary = { $count ->
   *[other] { $shown } मेंटर।
}
pool-open-capacity = जो नए मेंटी ले रहे हैं वे एक साथ { $count } ले सकते हैं।
pool-none = अभी समूह में कोई मेंटर नहीं: ईमेल पते से जोड़ें।
pool-name = नाम
pool-status = स्थिति
pool-actions = बदलें
pool-remove = हटाएँ
pool-add-heading = मेंटर जोड़ें
pool-email = उनका ईमेल पता
pool-add = समूह में जोड़ें

# Match rounds
nav-proposals = जोड़ियाँ
round-status-running = गणना जारी
round-status-solved = समीक्षा के लिए तैयार
round-status-refused = हल नहीं हो सकता
round-status-published = प्रकाशित
rounds-heading = मिलान दौर
rounds-explained = एक दौर कार्यक्रम के उद्यमों को उसके मेंटर समूह से जोड़ता है: इंजन का सबसे अच्छा बँटवारा, 'पहले आओ, पहले पाओ' और लालची चुनाव के नतीजों के साथ। इसे देखें, बदलें, फिर प्रकाशित करें।
rounds-none = अभी कोई दौर नहीं।
rounds-started = शुरू
rounds-status = स्थिति
rounds-runs = गणनाएँ
rounds-new = नया दौर शुरू करें
rounds-population = कौन से उद्यम
rounds-population-approved = कार्यक्रम के अवसरों के स्वीकृत आवेदक
rounds-population-participants = कार्यक्रम में शामिल उद्यम
rounds-run = दौर चलाएँ
round-weights = हर कारण का वज़न
round-weights-hint = 0 (बिल्कुल नहीं) से 10 तक।
round-contribution-industry = उद्यम के उद्योग की जानकारी
round-contribution-language = साझा भाषा
round-contribution-region = उद्यम के क्षेत्र में मेंटरिंग
round-contribution-need = उबरने की ज़रूरत
round-heading = मिलान दौर
round-follow-up-of = जिस दौर का यह अगला चरण है
round-run-of = { $count } में से गणना { $number }
round-inputs = { $firms } उद्यम, { $mentors } मेंटर
round-seats = { $count } जगहें
round-solved-in = { $ms } मि.से. में हल
round-running = इंजन गणना कर रहा है; पेज अपने आप फिर से लोड होगा।
round-refused = इस सेटिंग के साथ यह गणना हल नहीं हो सकती:
round-comparison = 'पहले आओ' और लालची चुनाव से तुलना
round-comparison-explained = वही उद्यम, मेंटर और नियम। सबसे अच्छा बँटवारा जगहों और नियमों के हिसाब से जितने हो सकें उतने उद्यमों को सेवा देता है, और उनमें सबसे ऊँचा कुल मेल चुनता है। 'पहले आओ' हर उद्यम को बारी से उसका सबसे अच्छा खाली मेंटर देता है; लालची चुनाव सबसे अच्छे मेल वाली जोड़ियाँ पहले लेता है। यह पक्के कोटे वाले लक्ष्य भी पूरे करता है, जिससे थोड़ा मेल घट सकता है: तालिका हर तरीके का हिस्सा दिखाती है।
round-method = तरीका
round-chart-served = सेवा पाए उद्यम
round-chart-fit = कुल मेल
round-method-best = सबसे अच्छा बँटवारा
round-method-first-come = पहले आओ, पहले पाओ
round-method-greedy = लालची, सबसे अच्छा मेल पहले
round-percent = { $value }%
round-fairness = निष्पक्षता लक्ष्य
round-group = समूह
round-target = सेवा पाए उद्यमों में न्यूनतम हिस्सा
round-members = दौर में इस समूह के उद्यम
round-held = कैसे लागू
round-held-quota = पक्के कोटे के रूप में
round-held-reported = केवल दिखाया गया
round-met = पूरा हुआ
round-met-yes = हाँ
round-met-no = नहीं
round-group-women-led = महिलाओं के नेतृत्व वाले उद्यम
round-group-youth-led = युवाओं के नेतृत्व वाले उद्यम
round-no-pairs = कोई जोड़ी नहीं बन सकी।
round-firm = उद्यम
round-mentor = मेंटर
round-score = मेल
round-reasons = क्यों
round-answer = जवाब
round-adjust = बदलें
round-pinned = तय
round-pin = तय करें
round-forbid = मना करें
round-answers = उद्यम: { $firm }, मेंटर: { $mentor }
round-answer-pending = अभी नहीं
round-answer-accepted = स्वीकार
round-answer-declined = अस्वीकार
round-pair-waiting = जवाब का इंतज़ार
round-pair-confirmed = पक्की
round-pair-declined = अस्वीकृत
round-pair-expired = समय समाप्त
round-why = क्यों
round-why-no-mentor-fits = समूह का कोई मेंटर इस उद्यम को नहीं ले सकता:
round-why-forbidden = जो मेंटर इसे ले सकते थे, सभी इसके लिए मना हैं।
round-by-hand = तय जोड़ियाँ, मना जोड़ियाँ और जगहें
round-by-hand-none = हाथ से कुछ भी तय या मना नहीं किया गया।
round-unpin = तय हटाएँ
round-forbidden = मना
round-allow = फिर से अनुमति दें
round-capacity = इस दौर के लिए जगहें
round-capacity-change = जगहें बदलें और फिर चलाएँ
round-rerun = इन वज़नों से फिर चलाएँ
round-publish = प्रकाशित करें
round-publish-explained = हर उद्यम के मालिकों और हर मेंटर को उनकी भाषा में ईमेल से प्रस्ताव मिलते हैं; दोनों पक्ष अंतिम तिथि तक स्वीकार या अस्वीकार करते हैं।
round-deadline = जवाब की अंतिम तिथि
round-publish-button = प्रकाशित करें और दोनों पक्षों को बताएँ
round-published = प्रकाशित: जवाब { $date } तक
round-follow-up-explained = अगला दौर पक्की जोड़ियाँ रखता है, अस्वीकृत जोड़ियाँ मना करता है और बाकी उद्यमों को फिर से जोड़ता है।
round-follow-up = अगला दौर शुरू करें
proposals-heading = आपकी जोड़ियाँ
proposals-explained = एक कार्यक्रम ने ये जोड़ियाँ सुझाई हैं। हर एक को उसकी अंतिम तिथि तक स्वीकार या अस्वीकार करें; दोनों पक्षों के स्वीकार करने पर संपर्क साझा होता है।
proposals-none = अभी आपके लिए कोई प्रस्ताव नहीं।
proposals-programme = कार्यक्रम
proposals-contact = संपर्क
proposals-accept = स्वीकार करें
proposals-decline = अस्वीकार करें
proposal-mentor-for = { $firm } के लिए मेंटर
round-pairs = { $count } प्रस्तावित जोड़ियाँ
round-unmatched = { $count } उद्यम बिना मेंटर
round-ruled-out-language = { $count } इसकी कोई भाषा नहीं बोलते
round-ruled-out-region = { $count } इसके क्षेत्र में मेंटरिंग नहीं करते
round-ruled-out-country = { $count } दूसरे देश में काम करते हैं
round-why-mentors-full = जो { $count } मेंटर इसे ले सकते थे, वे दूसरे उद्यमों से भरे हैं।

# Mentoring sessions
session-heading = सत्र
session-held-on = सत्र की तारीख
session-minutes = अवधि (मिनट)
session-minutes-of = { $count } मिनट
session-mode = कैसे
session-mode-in-person = आमने-सामने
session-mode-phone = फ़ोन पर
session-mode-video = वीडियो कॉल पर
session-topics = विषय
session-topics-hint = अल्पविराम से अलग करें।
session-next-steps = तय किए गए अगले कदम
session-log = सत्र दर्ज करें
session-awaiting = उद्यम की पुष्टि का इंतज़ार
session-denied = उद्यम के अनुसार यह सत्र नहीं हुआ
session-confirmed = उद्यम ने पुष्टि की
session-confirmed-rated = उद्यम ने पुष्टि की, रेटिंग 5 में से { $rating }
session-rating = कितना उपयोगी रहा (5: बहुत)
session-rating-none = कोई रेटिंग नहीं
session-confirm-yes = यह सत्र हुआ
session-confirm-no = यह सत्र नहीं हुआ
round-sessions-none = अभी कोई सत्र दर्ज नहीं
round-sessions = सत्र: { $count } · { $hours } घंटे
round-sessions-last = आख़िरी { $date } को
round-quiet = 30 दिन से कोई सत्र नहीं

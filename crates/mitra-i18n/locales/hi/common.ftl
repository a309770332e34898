# Mitra: words every page shares (the layout, the error pages, form refusals, the domain's
# lists and the problems a field can have). Problems are sentences of their own: a page shows
# them beside the field whose label names it.

## Layout

site-description = Mitra किसी संकट से उबर रहे सूक्ष्म, लघु और मध्यम उद्यमों को उन बैंकों, सरकारी एजेंसियों, गैर-लाभकारी संस्थाओं और कंपनियों से जोड़ता है जो उनकी मदद कर सकते हैं।
skip-to-content = सीधे मुख्य सामग्री पर जाएँ
nav-main = मुख्य मेन्यू
nav-directory = निर्देशिका
nav-opportunities = अवसर
nav-my-business = मेरा व्यवसाय
nav-sharing = साझा जानकारी
nav-my-organisation = मेरी संस्था
nav-administration = प्रशासन
nav-account = मेरा खाता
sign-in = साइन इन करें
sign-out = साइन आउट करें
register-business = व्यवसाय का पंजीकरण करें
language-switcher = भाषा
footer-text = Mitra संकट से उबर रहे एमएसएमई को उन भागीदारों से जोड़ता है जो उनकी मदद कर सकते हैं।
footer-api = API
back-to-start = मुख्य पेज पर वापस जाएँ
save = सहेजें
none = कोई नहीं

## Language switcher

language-unknown-title = यह भाषा उपलब्ध नहीं है
language-unknown-message = Mitra अंग्रेज़ी, फ़्रेंच, स्पैनिश, इंडोनेशियाई और हिन्दी में उपलब्ध है; कृपया इनमें से कोई एक भाषा चुनें।

## Error pages

error-sign-in-failed-title = साइन इन नहीं हो सका
error-sign-in-failed-message = ईमेल पता या पासवर्ड सही नहीं है।
error-too-many-attempts-title = बहुत ज़्यादा प्रयास
error-too-many-attempts-message = यहाँ से बहुत ज़्यादा बार प्रयास किया गया है। 15 मिनट रुकें और फिर से कोशिश करें।
error-link-not-valid-title = यह लिंक अब काम नहीं करता
error-link-not-valid-message = यह लिंक पहले ही इस्तेमाल हो चुका है या इसकी समय-सीमा खत्म हो गई है। नया लिंक मँगवाएँ।
error-not-found-title = नहीं मिला
error-not-found-message = यहाँ ऐसा कोई रिकॉर्ड नहीं है।
error-bad-address-title = नहीं मिला
error-bad-address-message = यह वेब पता किसी रिकॉर्ड का नहीं है।
error-forbidden-title = अनुमति नहीं है
error-forbidden-message = आपको यह पेज देखने की अनुमति नहीं है।
error-stale-title = इस बीच बदलाव हुआ है
error-stale-message = आपके खोलने के बाद किसी और ने यह रिकॉर्ड बदल दिया है; बदलाव देखने के लिए इसे फिर से खोलें।
error-conflict-title = यह संभव नहीं है
error-conflict-message = यह रिकॉर्ड अपनी मौजूदा स्थिति में बदला नहीं जा सकता।
error-internal-title = कुछ गड़बड़ हो गई
error-internal-message = यह पेज दिखाया नहीं जा सका; गड़बड़ी दर्ज कर ली गई है।
error-no-page-title = पेज नहीं मिला
error-no-page-message = इस पते पर कोई पेज नहीं है। ऊपर दिए गए लिंक से आप Mitra की सारी जानकारी तक पहुँच सकते हैं।

## Forms refused before they are read

form-not-saved-title = सहेजा नहीं गया
form-not-a-form = यह फ़ॉर्म सही फ़ॉर्मैट में नहीं भेजा गया।
form-too-large = यह फ़ॉर्म Mitra की तय सीमा से बड़ा है; कुछ भी सहेजा नहीं गया।
form-expired = इस फ़ॉर्म की समय-सीमा खत्म हो गई है या यह Mitra से नहीं आया है; कुछ भी सहेजा नहीं गया। पेज फिर से खोलें और इसे दोबारा भेजें।

## Problems with a field

problem-required = यह भरना ज़रूरी है।
problem-other = { $detail }
problem-not-in-list = सूची में से कोई एक चुनें।
problem-not-a-date = तारीख दर्ज करें।
problem-in-future = यह तारीख भविष्य की नहीं हो सकती।
problem-not-whole-number = 12 जैसी पूर्ण संख्या दर्ज करें।
problem-at-most = { $max } या उससे कम दर्ज करें।
problem-between = { $min } से { $max } तक की कोई संख्या दर्ज करें।
problem-repeats = { $item } सूची में दो बार है।
problem-no-language = कम से कम एक भाषा चुनें।
problem-closes-before-opening = बंद होने की तारीख, खुलने की तारीख ({ $opens }) से पहले की नहीं हो सकती।
problem-exceeds-budget = प्रति व्यवसाय राशि पूरे बजट से ज़्यादा नहीं हो सकती।
problem-not-in-budget-currency = यह राशि बजट की मुद्रा ({ $currency }) में दर्ज करें।
problem-not-in-firms-currency = यह राशि व्यवसाय की मुद्रा ({ $currency }) में दर्ज करें।
problem-email-too-long = यह किसी ईमेल पते की अधिकतम लंबाई से ज़्यादा है।
problem-not-an-email = name@example.com जैसा ईमेल पता दर्ज करें।
problem-password-too-short = कम से कम { $min } अक्षर रखें।
problem-password-too-long = ज़्यादा से ज़्यादा { $max } अक्षर रखें।
problem-password-is-email = आपका पासवर्ड आपका ईमेल पता नहीं हो सकता।
problem-passwords-differ = दोनों पासवर्ड एक जैसे नहीं हैं।
problem-not-your-password = यह आपका मौजूदा पासवर्ड नहीं है।
problem-not-that-accounts-password = यह इस ईमेल पते वाले खाते का पासवर्ड नहीं है।
problem-email-taken = इस ईमेल पते से पहले से एक खाता बना हुआ है: साइन इन करें या पासवर्ड रीसेट करें।
problem-no-figures = साझा करने के लिए कम से कम एक आँकड़ा चुनें।
problem-in-the-past = आज की या उसके बाद की तारीख चुनें।
problem-too-far-ahead = आज से ज़्यादा से ज़्यादा तीन साल बाद तक की तारीख चुनें।
problem-not-a-partner = सूची में से कोई भागीदार संस्था चुनें।
problem-not-reportable = आप इस व्यवसाय के लिए रिपोर्ट नहीं कर सकते।
problem-not-your-business = ऐसा व्यवसाय चुनें जिसके आप मालिक हैं।
problem-too-long = ज़्यादा से ज़्यादा { $max } अक्षर रखें (अभी { $got } हैं)।
problem-control-character = टेक्स्ट में मौजूद कंट्रोल कैरेक्टर हटाएँ।
problem-direction-override = वे दिखाई न देने वाले अक्षर हटाएँ जो टेक्स्ट की दिशा बदल देते हैं।
problem-unknown-currency = सूची में से कोई मुद्रा चुनें।
problem-currency-mismatch = ये राशियाँ अलग-अलग मुद्राओं ({ $left } और { $right }) में हैं।
problem-not-an-amount = 1250.50 जैसी राशि दर्ज करें।
problem-amount-too-large = यह राशि किसी व्यवसाय के आँकड़े की सीमा से ज़्यादा है।
problem-negative = यह शून्य से कम नहीं हो सकता।
problem-too-precise = { $currency } में दशमलव के बाद { $places } से ज़्यादा अंक नहीं हो सकते।
problem-unknown-country = सूची में से कोई देश चुनें।
problem-unknown-language = सूची में से कोई भाषा चुनें।
problem-industry-malformed = 1071 जैसा उद्योग कोड दर्ज करें, जिसमें ज़्यादा से ज़्यादा 16 अक्षर या अंक हों।

## Kinds of organisation

kind-msme = एमएसएमई
kind-financial-institution = बैंक या वित्तीय संस्था
kind-government-agency = सरकारी एजेंसी
kind-nonprofit = गैर-लाभकारी संस्था
kind-academic = विश्वविद्यालय या शोध संस्थान
kind-corporate = बड़ी कंपनी
kind-ecommerce-platform = ई-कॉमर्स प्लेटफ़ॉर्म
kind-development-bank = विकास बैंक

## Channels

channel-resources = संसाधन
channel-knowledge = जानकारी
channel-networking = नेटवर्किंग और व्यवसायों के बीच संपर्क (B2B)
channel-markets = बाज़ार तक पहुँच
channel-training = प्रशिक्षण और मार्गदर्शन

## Roles

role-administrator = प्रशासक
role-programme-manager = कार्यक्रम प्रबंधक
role-partner-staff = भागीदार स्टाफ़
role-reviewer = समीक्षक
role-approver = अनुमोदक
role-msme-owner = व्यवसाय मालिक
role-mentor = मार्गदर्शक (मेंटर)

## Legal forms

legal-form-sole-proprietorship = एकल स्वामित्व (प्रोप्राइटरशिप)
legal-form-partnership = साझेदारी फर्म
legal-form-limited-liability-partnership = सीमित दायित्व भागीदारी (LLP)
legal-form-private-company = प्राइवेट लिमिटेड कंपनी
legal-form-public-company = पब्लिक लिमिटेड कंपनी
legal-form-cooperative = सहकारी समिति
legal-form-other = अन्य

## Operating status

status-operating = चालू है
status-reduced-operations = कम क्षमता पर चालू है
status-temporarily-closed = अस्थायी रूप से बंद
status-permanently-closed = स्थायी रूप से बंद

## Figures an MSME can share

figure-turnover = सालाना टर्नओवर
figure-investment = निवेश
figure-employees = कर्मचारी
figure-recovery-reports = मासिक रिकवरी रिपोर्ट

## Size classes

size-micro = सूक्ष्म
size-small = लघु
size-medium = मध्यम
size-large = बड़ा

## क्षेत्र: ISIC Rev.4 के खंड (संयुक्त राष्ट्र सांख्यिकी प्रभाग), NIC 2008 के अनुरूप

isic-section-a = कृषि, वानिकी और मत्स्य पालन
isic-section-b = खनन और उत्खनन
isic-section-c = विनिर्माण
isic-section-d = बिजली, गैस, भाप और वातानुकूलन की आपूर्ति
isic-section-e = जल आपूर्ति; सीवरेज, कचरा प्रबंधन और उपचार
isic-section-f = निर्माण कार्य
isic-section-g = थोक और खुदरा व्यापार; मोटर वाहन और मोटरसाइकिल की मरम्मत
isic-section-h = परिवहन और भंडारण
isic-section-i = आवास और भोजन सेवाएँ
isic-section-j = सूचना और संचार
isic-section-k = वित्तीय और बीमा गतिविधियाँ
isic-section-l = रियल एस्टेट
isic-section-m = पेशेवर, वैज्ञानिक और तकनीकी गतिविधियाँ
isic-section-n = प्रशासनिक और सहायक सेवाएँ
isic-section-o = लोक प्रशासन और रक्षा; अनिवार्य सामाजिक सुरक्षा
isic-section-p = शिक्षा
isic-section-q = मानव स्वास्थ्य और सामाजिक कार्य
isic-section-r = कला, मनोरंजन और आमोद-प्रमोद
isic-section-s = अन्य सेवा गतिविधियाँ
isic-section-t = नियोक्ता के रूप में परिवार; अपने उपयोग के लिए उत्पादन
isic-section-u = बाह्य-क्षेत्रीय संगठन और निकाय

## Problems with eligibility rules
problem-rule-syntax = मान्य व्यंजक नहीं है: स्थान { $position } पर लिखा हुआ जाँचें
problem-rule-unknown-field = स्थान { $position } पर { $name } का उल्लेख करता है, जो आवेदक का कोई क्षेत्र नहीं है
problem-rule-unknown-function = स्थान { $position } पर { $name } को बुलाता है, जो नियमों में प्रयोग योग्य फ़ंक्शन नहीं है
problem-rule-money-with-number = स्थान { $position } पर धनराशि की तुलना बिना मुद्रा की संख्या से करता है: राशि मुद्रा के साथ लिखें, जैसे money(20000, "{ $currency }")
problem-rule-other-currency = स्थान { $position } पर { $expected } की राशि की तुलना { $found } की राशि से करता है
problem-rule-mismatch = स्थान { $position } पर { $left } की तुलना { $right } से करता है, जिनकी तुलना नहीं हो सकती
problem-rule-not-allowed-value = स्थान { $position } पर { $field } की तुलना { $value } से करता है, जो मान { $field } का कभी नहीं होता
problem-rule-bad-literal = स्थान { $position } पर { $text } पढ़ा नहीं जा सकता
problem-rule-not-yes-or-no = हाँ या नहीं (true या false) देना चाहिए, पर स्थान { $position } पर ऐसा नहीं है
problem-rule-unsupported = स्थान { $position } पर { $text } का प्रयोग करता है, जो नियमों में वर्जित है
problem-no-money-here = राशि खाली छोड़ें: यह अवसर पैसे नहीं देता।
problem-not-positive = शून्य से ज़्यादा राशि लिखें।
problem-above-limit = यह एक व्यवसाय को मिल सकने वाली राशि ({ $limit }) से ज़्यादा है।
problem-closed-with-activity = इसे शून्य रखें: व्यवसाय कहता है कि उस महीने वह हमेशा के लिए बंद हो गया।

# A share, whole per cent
percent = { $value }%

# Problems with programmes and the opportunities in them
problem-not-the-programmes-channel = कार्यक्रम का चैनल चुनें, या कोई दूसरा कार्यक्रम।
problem-not-the-programmes-country = यह कार्यक्रम किसी दूसरे देश में चलता है: इसी देश का कोई कार्यक्रम चुनें।
problem-opportunities-elsewhere = कार्यक्रम के अवसर अभी वाले पर हैं: पहले उन्हें बाहर करें।

problem-ends-before-start = समाप्ति की तिथि शुरू होने की तिथि ({ $starts }) से पहले नहीं हो सकती।

problem-not-a-mentor = किसी ऐसे मेंटर का ईमेल पता दें जिसने अपनी मेंटर प्रोफ़ाइल भरी है।

# Match rounds
problem-pinned-twice = यह उद्यम पहले से किसी और मेंटर के साथ तय है।
problem-pinned-and-forbidden = यह जोड़ी मना की गई जोड़ियों में भी है।
problem-pin-other-country = यह मेंटर उद्यम से अलग देश में काम करते हैं।
problem-pin-no-shared-language = यह मेंटर उद्यम की कोई भी भाषा नहीं बोलते।
problem-pin-outside-regions = यह मेंटर उद्यम के क्षेत्र में मेंटरिंग नहीं करते।
problem-no-mentors = कार्यक्रम के मेंटर समूह में जगह वाला कोई मेंटर नहीं है: पहले मेंटर जोड़ें।
problem-no-firms = अभी जोड़ने के लिए कोई उद्यम नहीं है।
problem-target-unreachable = लक्ष्य कम से कम { $required } { $kind ->
        [women] महिलाओं के नेतृत्व वाले उद्यम
        [youth] युवाओं के नेतृत्व वाले उद्यम
       *[region] { $region } से उद्यम
    } माँगता है, पर मेंटरों की जगह और नियम अधिकतम { $best } की अनुमति देते हैं।
problem-pins-over-capacity = इससे मेंटर के साथ उनकी क्षमता ({ $capacity }) से ज़्यादा उद्यम तय हो जाते हैं।
problem-deadline-passed = जवाब { $deadline } तक देना था।
problem-already-answered = इसका जवाब पहले ही दिया जा चुका है।

problem-already-published = यह दौर प्रकाशित हो चुका है और अब बदला नहीं जा सकता।
problem-not-yet-published = यह दौर अभी प्रकाशित नहीं हुआ है।
problem-not-yet-solved = गणना अभी पूरी नहीं हुई है: थोड़ा रुककर पेज फिर से लोड करें।
problem-no-pairs = इस गणना में प्रकाशित करने के लिए कोई जोड़ी नहीं है।

problem-not-after-today = आज के बाद का कोई दिन चुनें।

problem-no-rating-without = जो सत्र हुआ ही नहीं, उसकी रेटिंग न दें।
problem-already-logged = इस जोड़ी का उस दिन का सत्र पहले से दर्ज है।
problem-not-confirmed-pair = सत्र उन्हीं जोड़ियों के दर्ज होते हैं जिन्हें दोनों पक्षों ने स्वीकार किया है।

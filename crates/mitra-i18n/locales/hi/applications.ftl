# Mitra: applications to opportunities, their review and decision, and the email that
# tells a firm where its application stands.

## Where an application stands
application-status-draft = मसौदा
application-status-submitted = जमा की गई
application-status-screened = जाँची गई: नियम पूरे करती है
application-status-in-review = समीक्षा में
application-status-approved = स्वीकृत
application-status-rejected = स्वीकृत नहीं
application-status-withdrawn = वापस ली गई
application-status-waitlisted = प्रतीक्षा सूची में
## Why an application, or a step of it, was refused
refusal-not-now = जब तक आवेदन “{ $status }” है, यह कदम संभव नहीं है।
refusal-not-your-step = इस आवेदन पर यह कदम उठाना आपका काम नहीं है।
refusal-closed = यह अवसर अभी आवेदन नहीं ले रहा है।
refusal-full = यह अवसर अपनी सभी जगहें और राशि दे चुका है।
refusal-already-applied = यह व्यवसाय इस अवसर के लिए पहले ही आवेदन कर चुका है: वही आवेदन खोलें।
refusal-conflict-of-interest = आपने इस आवेदन से हितों का टकराव घोषित किया है, इसलिए आप इसे अंक या निर्णय नहीं दे सकते।
refusal-reviewed-it = आपने इस आवेदन को अंक दिए हैं; यह कार्यक्रम चाहता है कि निर्णय कोई और ले।
refusal-not-eligible = व्यवसाय अब अवसर के नियम पूरे नहीं करता, इसलिए स्वीकृत नहीं हो सकता।
refusal-profile-incomplete = व्यवसाय की प्रोफ़ाइल में नियमों के लिए ज़रूरी आँकड़े नहीं हैं: प्रोफ़ाइल पूरी करें, फिर दोबारा जमा करें।
refusal-rubric-in-use = इस मूल्यांकन-पत्रक से आवेदनों को अंक दिए जा चुके हैं, इसलिए यह अब नहीं बदल सकता।
refusal-no-rubric = इस अवसर का अभी कोई मूल्यांकन-पत्रक नहीं है: अंक देने से पहले साझेदार को इसे तय करना होगा।
## The email that tells a firm where its application stands; $opportunity is its title, $firm the firm's name
email-application-subject = { $opportunity }: { $status }
email-application-draft = “{ $opportunity }” के लिए { $firm } का आवेदन मसौदे के रूप में सहेजा गया है।
email-application-submitted = “{ $opportunity }” के लिए { $firm } का आवेदन मिल गया है।
email-application-screened = “{ $opportunity }” के लिए { $firm } का आवेदन मिल गया है और व्यवसाय अवसर के सभी नियम पूरे करता है। अब समीक्षक इसे देखेंगे।
email-application-in-review = एक समीक्षक ने “{ $opportunity }” के लिए { $firm } के आवेदन को अंक देना शुरू किया है।
email-application-approved = अच्छी ख़बर: “{ $opportunity }” के लिए { $firm } का आवेदन स्वीकृत हो गया है।
email-application-rejected = “{ $opportunity }” के लिए { $firm } का आवेदन स्वीकृत नहीं हुआ।
email-application-withdrawn = “{ $opportunity }” के लिए { $firm } का आवेदन वापस ले लिया गया है।
email-application-waitlisted = “{ $opportunity }” के लिए { $firm } का आवेदन स्वीकृत हुआ, पर अवसर का सब कुछ दिया जा चुका है: यह प्रतीक्षा सूची में है और जगह ख़ाली होते ही स्वीकृत हो जाएगा।
email-application-failed-criteria = यह अवसर के इन नियमों को पूरा नहीं करता:
email-application-see = आवेदन और उसका इतिहास यहाँ देखें:

## Lists of applications: a firm's own, a reviewer's queue, an opportunity's
nav-applications = आवेदन
nav-my-applications = मेरे आवेदन
applications-heading = आवेदन
applications-heading-own = आपके व्यवसाय के आवेदन
applications-heading-for = “{ $title }” के लिए आवेदन
applications-status = स्थिति
applications-any-status = कोई भी स्थिति
applications-awaiting = निर्णय की प्रतीक्षा में
applications-without-conflicts = जिन पर मैंने टकराव घोषित किया, उन्हें छिपाएँ
applications-none = कोई आवेदन मेल नहीं खाता।
applications-firm = व्यवसाय
applications-opportunity = अवसर
applications-amount = माँगी गई राशि
applications-submitted-on = जमा करने की तारीख़
applications-seats = बची जगहें
applications-budget = बचा बजट
applications-of = { $all } में से { $left }
applications-waitlist-position = प्रतीक्षा सूची में स्थान
applications-statement = व्यवसाय ने क्या लिखा
## One application
application-heading = { $firm }: “{ $opportunity }”
application-see-opportunity = अवसर देखें
application-screening = अवसर के नियम
applications-screening-no-rules = जमा करते समय अवसर के कोई नियम नहीं थे: हर व्यवसाय आवेदन कर सकता है।
applications-screening-passed = जमा करने के दिन नियमों के संस्करण { $version } से जाँचा गया: व्यवसाय सभी नियम पूरे करता है।
applications-screening-failed = जमा करने के दिन नियमों के संस्करण { $version } से जाँचा गया: व्यवसाय सभी नियम पूरे नहीं करता।
application-submit = आवेदन जमा करें
application-withdraw = आवेदन वापस लें
application-reviews = समीक्षाएँ
application-no-reviews = अभी तक किसी ने अंक नहीं दिए।
application-reviewer = समीक्षक
application-weighted = भारित अंक
application-comment = टिप्पणी
application-conflict-declared = हितों का टकराव घोषित किया: अंक नहीं दिए
application-score-heading = आपके अंक
application-weight = भार { $weight }
application-choose-score = अंक चुनें
application-save-score = मेरे अंक सहेजें
application-conflict-hint = यदि आप इस व्यवसाय या इसके मालिकों को जानते हैं, या निर्णय से आपको लाभ हो सकता है, तो हितों का टकराव घोषित करें: फिर आप इसे अंक या निर्णय नहीं देंगे।
application-declare-conflict = हितों का टकराव घोषित करें
application-decide-heading = निर्णय
application-decide-hint = स्वीकृति उसी समय नियम और बची राशि जाँचती है: कुछ न बचा हो तो आवेदन प्रतीक्षा सूची में जाता है।
application-approve = स्वीकृत करें
application-reject = अस्वीकार करें
application-history = इतिहास
application-no-history = मसौदा: अभी जमा नहीं हुआ।
## Applying, on the opportunity's page
opportunity-rubric = मूल्यांकन-पत्रक
opportunity-applications = आवेदन
apply-heading = आवेदन करें
apply-already = { $firm } ने आवेदन किया है:
apply-see-application = आवेदन देखें
apply-amount = आप कितनी राशि माँगते हैं ({ $currency })
apply-statement = आपका व्यवसाय आवेदन क्यों कर रहा है
apply-statement-hint = किसलिए चाहिए और इससे क्या बदलेगा, कुछ पंक्तियों में।
apply-shares = आवेदन करने पर साझेदार के कर्मचारी और समीक्षक आपके व्यवसाय की प्रोफ़ाइल और नियमों द्वारा पढ़े गए आँकड़े देख सकेंगे।
apply-submit = आवेदन जमा करें
apply-save-draft = मसौदे के रूप में सहेजें
apply-closed = यह अवसर अभी आवेदन नहीं ले रहा, इसलिए { $firm } आवेदन नहीं कर सकता।
## The rubric editor
rubric-title = मूल्यांकन-पत्रक
rubric-heading = “{ $title }” का मूल्यांकन-पत्रक
rubric-intro = समीक्षक हर आवेदन को हर मानदंड पर अंक देते हैं; निर्णय लेने वाले को उनके अंकों का भारित औसत दिखता है। पहले अंक मिलने तक पत्रक बदला जा सकता है।
rubric-saved = मूल्यांकन-पत्रक सहेजा गया।
rubric-criterion = मानदंड { $number }
rubric-key = छोटा नाम
rubric-key-hint = एक-सा रहता है, जैसे viability; किसी मानदंड को हटाने के लिए उसे पूरा ख़ाली छोड़ें।
rubric-label-en = क्या पूछता है, अंग्रेज़ी में
rubric-label-fr = फ़्रेंच में
rubric-label-es = स्पैनिश में
rubric-label-id = इंडोनेशियाई में
rubric-label-hi = हिंदी में
rubric-weight = भार, 1 से 10
rubric-scale = अंक 1 से
rubric-separate = जो आवेदन को अंक दे, वह उसका निर्णय नहीं ले सकता
rubric-save = पत्रक सहेजें
application-see-firm = व्यवसाय की प्रोफ़ाइल देखें

## Bulk decisions, run in the background
jobs-bulk-heading = सब एक साथ तय करें
jobs-bulk-hint = हर जाँचा गया या समीक्षा में आवेदन पृष्ठभूमि में तय होता है, जैसे एक-एक स्वीकृति या अस्वीकृति: हर एक के लिए नियम और बची राशि जाँची जाती है, और जो न समाए वह प्रतीक्षा सूची में जाता है।
jobs-bulk-approve = सभी प्रतीक्षित स्वीकृत करें
jobs-bulk-reject = सभी प्रतीक्षित अस्वीकार करें
jobs-nothing-title = तय करने को कुछ नहीं
jobs-nothing-message = इस अवसर का कोई आवेदन निर्णय की प्रतीक्षा में नहीं है।
jobs-title = सामूहिक निर्णय
jobs-list-title = सामूहिक निर्णय
jobs-list-about = एक साथ कई आवेदनों की स्वीकृति और अस्वीकृति, उनकी प्रगति और रिपोर्ट के साथ।
jobs-none = अभी तक कोई सामूहिक निर्णय नहीं माँगा गया।
jobs-approve = { $count } आवेदन स्वीकृत करें
jobs-reject = { $count } आवेदन अस्वीकार करें
jobs-running = चल रहा है
jobs-finished = पूरा हुआ
jobs-progress = { $total } में से { $handled } निपटाए गए
jobs-done = तय हुए
jobs-skipped = जैसे थे वैसे छोड़े गए (रिपोर्ट देखें)
jobs-pending = बाक़ी
jobs-refreshes = काम पूरा होने तक यह पेज कुछ सेकंड में अपने-आप ताज़ा होता है।
jobs-report = रिपोर्ट, हर आवेदन की एक पंक्ति (CSV)
jobs-all = सभी सामूहिक निर्णय
jobs-what = क्या
jobs-asked = माँगा गया
jobs-state = स्थिति

## An approved relief loan's schedule, on the application's page
loan-heading = आपका ऋण
loan-borrowed = उधार लिया
loan-forgivable = बाक़ी समय पर चुकाने पर माफ़
loan-to-repay = इसे बनाए रखने के लिए चुकाना है
loan-repay-by = इस तारीख़ तक चुकाएँ
loan-refinanced = पुनर्वित्त के साथ
loan-refinanced-text = { $date } तक, यदि पुनर्वित्त का आवेदन { $filed } तक दिया गया हो
loan-otherwise = अन्यथा
loan-term = कुछ माफ़ नहीं होता और ऋण सावधि ऋण बन जाता है: हर साल { $interest } ब्याज, मूलधन { $due } को देय
loan-next-repay = अगला कदम: माफ़ हिस्सा बनाए रखने के लिए { $date } तक { $amount } चुकाएँ।
loan-next-refinanced = अगला कदम: समय पर पुनर्वित्त आवेदन के साथ, माफ़ हिस्सा बनाए रखने के लिए { $date } तक { $amount } चुकाएँ।
loan-next-term = अगला कदम: ऋण अब सावधि ऋण है; हर साल { $interest } ब्याज, मूलधन { $due } को देय।
loan-next-past = सावधि ऋण का मूलधन { $due } को देय था।
loan-assumes = ये तारीख़ें मानती हैं कि अभी कुछ नहीं चुकाया गया; ये कार्यक्रम की प्रकाशित शर्तों पर आधारित हैं।

## The rule-set editor
opportunity-rules-edit = पात्रता के नियम
rules-title = पात्रता के नियम
rules-heading = “{ $title }” के पात्रता नियम
rules-intro = हर मानदंड आवेदक पर एक शर्त है, जो Common Expression Language में लिखी जाती है; व्यवसाय को सभी पूरे करने होते हैं। सहेजने से एक नया संस्करण बनता है जो अपनी तारीख़ से आवेदनों पर लागू होता है; पुराने संस्करण वैसे ही रहते हैं।
rules-fields-summary = मानदंड क्या पढ़ सकता है
rules-fields = kind, country, region, legal_form, founded_on, years_in_operation, operating_status, industry, isic_section, size_class, employees, turnover, investment, balance_sheet_total, women_led, youth_led, veteran_led, application_date, और figures[2019].payroll, .non_deferrable_expenses, .turnover, .employees; साथ में date("2020-03-01"), money(20000, "CAD"), == != < <= > >=, in [..], !, && और ||।
rules-applies-from = इस तारीख़ से आवेदनों पर लागू
rules-criterion = मानदंड { $number }
rules-key-hint = संस्करणों में एक-सा रहता है, जैसे in-canada; किसी मानदंड को हटाने के लिए उसे पूरा ख़ाली छोड़ें।
rules-expression = शर्त
rules-expression-hint = जैसे figures[2019].payroll > money(20000, "CAD")
rules-try-on = इन नियमों को इस व्यवसाय पर आज़माएँ
rules-try-nobody = कोई व्यवसाय नहीं
rules-check = जाँचें
rules-save = नए संस्करण के रूप में सहेजें
rules-check-heading = जाँच
rules-not-checked = हर बदलाव के थोड़ी देर बाद, या जाँचें दबाने पर, नियम जाँचे जाते हैं।
rules-all-good = हर मानदंड जाँचा जा सकता है: ये नियम सहेजे जा सकते हैं।

# Match rounds' emails
email-proposal-subject = { $programme }: { $firm } के लिए मेंटर
email-proposal-firm = कार्यक्रम { $programme } ने { $firm } के मेंटर के रूप में { $mentor } का प्रस्ताव दिया है। कृपया { $deadline } तक स्वीकार या अस्वीकार करें; दोनों के स्वीकार करने पर आप एक-दूसरे के संपर्क देख पाएँगे।
email-proposal-subject-mentor = { $programme }: आपके लिए प्रस्तावित उद्यम
email-proposal-mentor = कार्यक्रम { $programme } ने आपके लिए { $count } उद्यम प्रस्तावित किए हैं: { $firms }। कृपया हर एक को { $deadline } तक स्वीकार या अस्वीकार करें।

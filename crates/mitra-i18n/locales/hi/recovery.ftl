## Recovery: monthly reports, dashboards and the impact estimate

# Navigation
nav-monthly-report = मासिक रिपोर्ट
nav-recovery = रिकवरी

# The monthly report of an MSME
reports-title = मासिक रिपोर्ट
reports-heading = आपका महीना कैसा रहा?
reports-baseline = संकट से पहले ({ $year }): हर महीने { $monthly } की बिक्री
reports-saved = धन्यवाद: { $month } की आपकी रिपोर्ट सहेज ली गई है।
reports-month = महीना
reports-status = क्या व्यवसाय खुला था?
reports-revenue = इस महीने की बिक्री ({ $currency })
reports-revenue-hint = केवल अंक, बिना विभाजक के: 250000 या 250000.50
reports-paid-employees = वेतन पाने वाले कर्मचारी
reports-effect = कुल मिलाकर, संकट का व्यवसाय पर कैसा असर पड़ा?
reports-no-answer = कोई उत्तर नहीं
reports-change-revenue = पिछली रिपोर्ट के बाद से बिक्री
reports-change-employees = पिछली रिपोर्ट के बाद से कर्मचारी
reports-change-hours = पिछली रिपोर्ट के बाद से काम के घंटे
reports-actions = पिछली रिपोर्ट के बाद आपने क्या किया?
reports-send = रिपोर्ट भेजें
reports-past = पिछली रिपोर्टें
reports-none = अभी तक कोई रिपोर्ट नहीं।
reports-revenue-short = बिक्री
reports-index = रिकवरी सूचकांक
reports-gap = संकट से पहले की बिक्री से कमी
reports-jobs = बनी रहीं · नई नौकरियाँ
reports-jobs-value = { $kept } · { $new }
reports-index-explained = रिकवरी सूचकांक एक महीने की बिक्री की तुलना 2019 की बिक्री के बारहवें हिस्से से करता है: 100% का अर्थ है पहले जैसी स्थिति। नौकरियाँ 2019 के मुकाबले गिनी जाती हैं: जो बनी रहीं, फिर उससे अधिक नई।

# The pulse survey's answers (after the US Census Bureau's Small Business Pulse Survey)
effect-large-negative = बहुत बुरा असर
effect-moderate-negative = कुछ बुरा असर
effect-little-or-none = कम या कोई असर नहीं
effect-moderate-positive = कुछ अच्छा असर
effect-large-positive = बहुत अच्छा असर
change-increased = बढ़े
change-no-change = उतने ही रहे
change-decreased = घटे
pulse-action-sought-financing = वित्त की तलाश की
pulse-action-new-suppliers = नए आपूर्तिकर्ता खोजे
pulse-action-moved-online = ऑनलाइन बेचना शुरू किया
pulse-action-new-products = नए उत्पाद या सेवाएँ शुरू कीं
pulse-action-cut-hours = काम के घंटे घटाए
pulse-action-laid-off-staff = कर्मचारियों को हटाया
pulse-action-asked-for-public-help = सरकारी सहायता माँगी

# The recovery dashboard
recovery-title = रिकवरी
recovery-heading = उद्यम कैसे उबर रहे हैं
recovery-intro = सभी उद्यमों की मासिक रिपोर्टें, महीने के हिसाब से जोड़ी गईं: संकट से पहले की तुलना में बिक्री, अब भी खुले उद्यमों का हिस्सा, और नौकरियाँ। समूहों की तुलना के लिए विभाजन चुनें।
recovery-region = क्षेत्र
recovery-women-led = महिला-नेतृत्व
recovery-not-women-led = महिला-नेतृत्व नहीं
recovery-youth-led = युवा-नेतृत्व
recovery-not-youth-led = युवा-नेतृत्व नहीं
recovery-partnered = साझेदारी में
recovery-not-yet-partnered = अभी साझेदारी नहीं
recovery-yes = हाँ
recovery-no = नहीं
recovery-from = से
recovery-to = तक
recovery-by = इसके अनुसार बाँटें
recovery-by-none = बिना विभाजन
recovery-by-country = देश
recovery-by-region = क्षेत्र
recovery-by-sector = क्षेत्रक
recovery-by-size-class = आकार वर्ग
recovery-by-women-led = महिला-नेतृत्व या नहीं
recovery-by-youth-led = युवा-नेतृत्व या नहीं
recovery-by-partnered = साझेदारी में या अभी नहीं
recovery-compare-partnered = साझेदारी वाले उद्यमों की तुलना उनसे करें जिनकी अभी साझेदारी नहीं है
recovery-export-csv = तालिका डाउनलोड करें (CSV)
recovery-export-xlsx = तालिका डाउनलोड करें (Excel)
recovery-no-reports = इन फ़िल्टरों से कोई रिपोर्ट मेल नहीं खाती।
recovery-table = यही आँकड़े तालिका में
recovery-group = समूह
recovery-reports = रिपोर्टें
recovery-open = खुले
recovery-jobs-maintained = बनी रहीं नौकरियाँ
recovery-jobs-created = नई नौकरियाँ
recovery-groups-explained = रिपोर्ट उस महीने उद्यम के समूहों में गिनी जाती है; कोई उद्यम उस महीने से साझेदारी में गिना जाता है जब किसी साझेदार ने उसे पहली बार स्वीकृत किया।
recovery-all-firms = सभी उद्यम
recovery-unknown-group = अज्ञात
recovery-chart-index = रिकवरी सूचकांक: संकट से पहले की तुलना में बिक्री
recovery-chart-open = खुले उद्यमों का हिस्सा
recovery-chart-jobs = बनी रहीं और नई नौकरियाँ
recovery-chart-summary = { $group }: { $first_month } में { $first }, सबसे कम { $low_month } में { $low }, { $last_month } में { $last }।
organization-monthly-reports = मासिक रिकवरी रिपोर्टें
recovery-response-rate = { $firms } पंजीकृत उद्यमों में से { $reported } ने { $month } की रिपोर्ट दी, जो रिपोर्ट किया गया सबसे हाल का महीना है ({ $share })।

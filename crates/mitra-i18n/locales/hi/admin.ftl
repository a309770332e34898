# Mitra: the administrators' pages (users and invitations, the audit log, the outbox). Times
# on these pages are in UTC. The audit log's CSV export is for machines and stays untranslated.

## Shared

# A moment: the date written the locale's way, then the time of day (24 hours, UTC).
admin-date-time = { $date }, { $time } बजे
admin-column-email = ईमेल पता
admin-column-role = भूमिका

## The administration index

admin-title = प्रशासन
admin-index-users = उपयोगकर्ता और आमंत्रण
admin-index-users-about = लोगों को आमंत्रित करें, और देखें कि किसका खाता है और किन भूमिकाओं के साथ।
admin-index-audit = ऑडिट लॉग
admin-index-audit-about = हर बदलाव, उसे किसने किया, और बदलाव से पहले और बाद का रिकॉर्ड।
admin-index-outbox = आउटबॉक्स
admin-index-outbox-about = Mitra द्वारा लिखे गए ईमेल।

## Users and invitations

admin-users-title = उपयोगकर्ता और आमंत्रण
admin-invite-heading = किसी को आमंत्रित करें
admin-invite-email = ईमेल पता
admin-invite-role = भूमिका
admin-invite-organisation = संस्था
admin-invite-organisation-hint = संस्था के पेज के पते में दी गई आईडी। एजेंसी की अपनी भूमिकाओं के लिए इसे खाली छोड़ दें।
admin-invite-organisation-not-an-id = संस्था के पेज के पते में दी गई आईडी दर्ज करें, या इसे खाली छोड़ दें।
admin-invite-language = ईमेल की भाषा
admin-invite-send = आमंत्रण भेजें
# Shown after an invitation is sent, followed by a link to the outbox.
admin-invite-sent = { $email } को आमंत्रण भेजा जा रहा है।
admin-invite-see-outbox = इसे आउटबॉक्स में देखें
admin-invitations-heading = आमंत्रण
admin-invitations-state = स्थिति
admin-invitations-expires = समाप्ति तिथि
admin-invitations-none = अभी तक कोई आमंत्रण नहीं भेजा गया है।
admin-invitation-accepted = स्वीकार किया गया
admin-invitation-expired = समाप्त
admin-invitation-waiting = स्वीकार होने की प्रतीक्षा में
admin-users-heading = उपयोगकर्ता
admin-users-name = नाम
admin-users-roles = भूमिकाएँ
admin-users-since = कब से
# A role held in one organisation, named by its id.
admin-user-role-in = { $role }, संस्था { $organisation }

## The audit log

admin-audit-title = ऑडिट लॉग
admin-audit-filter-entity = रिकॉर्ड का प्रकार
admin-audit-filter-record = रिकॉर्ड आईडी
admin-audit-filter-action = कार्रवाई
admin-audit-filter = फ़िल्टर करें
admin-audit-record-not-an-id = रिकॉर्ड आईडी वही होनी चाहिए जो रिकॉर्ड के पेज के पते में है।
admin-audit-download = ये एंट्री CSV फ़ाइल में डाउनलोड करें
admin-audit-none = इन फ़िल्टर से कोई एंट्री मेल नहीं खाती।
admin-audit-shown = { $count ->
    [one] सबसे हाल की एंट्री दिखाई गई है।
   *[other] हाल की { $shown } एंट्री दिखाई गई हैं, सबसे नई सबसे ऊपर।
}
admin-audit-when = कब (UTC)
admin-audit-who = किसने
admin-audit-through = माध्यम
admin-audit-record = रिकॉर्ड
admin-audit-action = कार्रवाई
admin-audit-before = पहले
admin-audit-after = बाद में
admin-audit-actor-system = ख़ुद Mitra
admin-audit-actor-anonymous = बिना साइन इन किए कोई व्यक्ति

## Where a change came from

admin-interface-web = वेबसाइट
admin-interface-api = API
admin-interface-cli = कमांड लाइन
admin-interface-system = ख़ुद Mitra

## Kinds of record in the audit log

admin-entity-organization = संस्था
admin-entity-opportunity = अवसर
admin-entity-consent = आँकड़े साझा करने की सहमति
admin-entity-user = उपयोगकर्ता
admin-entity-invitation = आमंत्रण
admin-entity-api-token = API टोकन
admin-entity-import = डेटा इम्पोर्ट

## What was done to a record

admin-action-create = बनाया गया
admin-action-update = बदला गया
admin-action-archive = आर्काइव किया गया
admin-action-grant = प्रदान किया गया
admin-action-revoke = रद्द किया गया
admin-action-change-password = पासवर्ड बदला गया
admin-action-reset-password = पासवर्ड रीसेट किया गया
admin-action-import = इम्पोर्ट किया गया

## The outbox

admin-outbox-title = आउटबॉक्स
admin-outbox-intro = Mitra द्वारा लिखे गए ईमेल, सबसे नए सबसे ऊपर। समय UTC में है।
admin-outbox-empty = Mitra ने अभी तक कोई ईमेल नहीं लिखा है।
admin-outbox-to = { $recipient } को
admin-outbox-sent = भेजा गया: { $when }
admin-outbox-not-sent = नहीं भेजा गया: { $error }
admin-outbox-kept = यहीं रखा गया है: कोई मेल सर्वर सेट नहीं है।

## Registering a partner organisation

admin-index-organisations = भागीदार संस्था पंजीकृत करें
admin-index-organisations-about = एमएसएमई की मदद करने वाला बैंक, सरकारी एजेंसी, गैर-लाभकारी संस्था, विश्वविद्यालय या कंपनी: इसे यहाँ पंजीकृत करें, फिर इसके कर्मचारियों को आमंत्रित करें।
admin-organisation-title = भागीदार संस्था पंजीकृत करें
admin-organisation-intro = पंजीकरण के बाद इसके कर्मचारी निमंत्रण से जुड़ते हैं; बाकी जानकारी इसके प्रोफ़ाइल पेज पर रहती है। व्यवसाय खुद पंजीकरण करते हैं।
admin-organisation-name = नाम
admin-organisation-kind = संस्था का प्रकार
admin-organisation-country = देश
admin-organisation-region = क्षेत्र (वैकल्पिक)
admin-organisation-languages = कामकाज की भाषाएँ
admin-organisation-languages-hint = एक से अधिक चुनने के लिए Ctrl (या Cmd) दबाए रखें।
admin-organisation-description = यह क्या करती है (वैकल्पिक)
admin-organisation-create = संस्था पंजीकृत करें

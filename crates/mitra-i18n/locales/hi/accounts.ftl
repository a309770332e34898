# Mitra: the words of accounts and sharing (signing in and up, the account page and its API
# tokens, invitations, password resets, and what an MSME shares with which partner). Field
# problems come from common.ftl and are shown beside the field whose label names them.

## Shared by the account forms

accounts-email-label = ईमेल पता
accounts-password-label = पासवर्ड
accounts-your-name-label = आपका नाम
accounts-new-password-label = नया पासवर्ड
accounts-new-password-hint = कम से कम { $min } अक्षर।
accounts-repeat-password-label = नया पासवर्ड दोबारा दर्ज करें
# The hidden heading of a table's column of buttons, read out by screen readers.
accounts-action = कार्रवाई

## Sign in

sign-in-title = साइन इन करें
sign-in-submit = साइन इन करें
sign-in-forgot-password = पासवर्ड भूल गए?
sign-in-register = अपने व्यवसाय का पंजीकरण करें
sign-in-too-many-attempts = साइन इन करने के बहुत ज़्यादा प्रयास हुए हैं। 15 मिनट रुकें और फिर से कोशिश करें।

## Sign up (registering a business)

sign-up-title = अपने व्यवसाय का पंजीकरण करें
sign-up-intro = अपना खाता और अपने व्यवसाय की प्रोफ़ाइल बनाएँ। भागीदार आपका व्यवसाय तभी देख पाते हैं जब आप उसे उनके साथ साझा करते हैं।
sign-up-duplicates-heading = हो सकता है कि यह व्यवसाय पहले से पंजीकृत हो।
sign-up-duplicates-check = आगे बढ़ने से पहले इन्हें जाँच लें:
# $name is a registered business, $region where it is.
sign-up-duplicate-place = { $name } ({ $region })
# $business is a registered business (with its region when it has one).
sign-up-duplicate-same-registration-number = { $business } का पंजीकरण नंबर भी यही है।
sign-up-duplicate-same-name-in-region = { $business } का नाम और क्षेत्र भी यही है।
sign-up-duplicates-advice = अगर इनमें से कोई व्यवसाय आपका है, तो उसका दोबारा पंजीकरण करने के बजाय उसके मालिक या एजेंसी से कहें कि वे आपको आमंत्रित करें।
sign-up-you = आपकी जानकारी
sign-up-password-hint = कम से कम { $min } अक्षर; कुछ शब्दों को जोड़कर अच्छा पासवर्ड बनता है।
sign-up-your-business = आपका व्यवसाय
sign-up-business-name-label = व्यवसाय का नाम
sign-up-country-label = देश
sign-up-choose-country = देश चुनें
sign-up-region-label = क्षेत्र, राज्य या प्रांत
sign-up-registration-number-label = पंजीकरण नंबर
sign-up-registration-number-hint = जैसे उद्यम पंजीकरण नंबर, NIB या कोई अन्य बिज़नेस नंबर, अगर आपके व्यवसाय के पास हो।
sign-up-legal-form-label = कानूनी स्वरूप
sign-up-language-label = व्यवसाय की मुख्य भाषा
sign-up-not-a-duplicate = इनमें से कोई भी मेरा व्यवसाय नहीं है; इसका पंजीकरण करें
sign-up-submit = मेरा खाता बनाएँ

## The account page

account-title = आपका खाता
account-name = नाम
account-roles = भूमिकाएँ
# $role is a role such as "Partner staff"; $organisation the organisation's identifier.
account-role-in-organisation = संस्था { $organisation } में { $role }
account-role-across-platform = पूरे प्लेटफ़ॉर्म पर { $role }
account-password-heading = अपना पासवर्ड बदलें
account-password-note = जिन दूसरे ब्राउज़रों में आप साइन इन हैं, उन सभी से आप साइन आउट हो जाएँगे, और आपके API टोकन काम करना बंद कर देंगे।
account-current-password-label = मौजूदा पासवर्ड
account-change-password = पासवर्ड बदलें
account-tokens-heading = निजी API टोकन
# Followed on the page by the header itself, "Authorization: Bearer", which stays as it is.
account-tokens-note = उन सिस्टम के लिए जो आपके नाम से Mitra का API इस्तेमाल करते हैं। ऐसा सिस्टम इस हेडर के बाद टोकन भेजता है:
account-new-token-heading = आपका नया टोकन।
account-new-token-note = इसे अभी कॉपी कर लें: Mitra इसका सिर्फ़ एक फ़िंगरप्रिंट रखता है और इसे दोबारा नहीं दिखा सकता।
account-token-name = नाम
account-token-created = कब बना
account-token-expires = समाप्ति तिथि
account-token-state = स्थिति
account-token-state-live = सक्रिय
account-token-state-revoked = रद्द
account-token-state-expired = समाप्त
account-token-revoke = टोकन रद्द करें
account-token-revoked = टोकन रद्द कर दिया गया है।
account-token-name-label = यह टोकन किस काम के लिए है
account-token-days-label = कितने दिन मान्य रहे
account-token-create = टोकन बनाएँ

## Invitations

invitation-title = Mitra से जुड़ें
# $role is a role such as "Partner staff", $email the invited address.
invitation-intro = आपको { $email } पर { $role } के रूप में आमंत्रित किया गया है।
invitation-password-hint = कम से कम { $min } अक्षर। अगर इस पते पर पहले से खाता है, तो उसी खाते का पासवर्ड दर्ज करें।
invitation-submit = जुड़ें

## Password reset

reset-request-title = अपना पासवर्ड रीसेट करें
reset-request-intro = अपने खाते का ईमेल पता दर्ज करें। अगर इस पते पर खाता है, तो Mitra उस पर नया पासवर्ड चुनने का लिंक भेजेगा।
reset-request-submit = लिंक भेजें
reset-request-sent-title = अपना ईमेल देखें
reset-request-sent-message = अगर इस पते पर Mitra खाता है, तो नया पासवर्ड चुनने के लिंक वाला ईमेल भेजा जा रहा है। यह लिंक एक घंटे तक मान्य रहेगा।
reset-title = नया पासवर्ड चुनें
reset-submit = पासवर्ड सेट करें
reset-done-title = पासवर्ड बदल गया
reset-done-message = आपका नया पासवर्ड सेट हो गया है। अब इसी से साइन इन करें।

## What an MSME shares

consents-title = आप क्या साझा करते हैं
consents-heading = आपका व्यवसाय क्या साझा करता है
consents-intro = भागीदार आपके व्यवसाय और उसके आँकड़ों को तभी देख पाते हैं जब आप उन्हें साझा करते हैं, और वह भी सिर्फ़ आपकी चुनी हुई तारीख तक। आप किसी भी समय साझा करना बंद कर सकते हैं; यह तुरंत लागू हो जाता है।
consents-partner = भागीदार
consents-figures = आँकड़े
consents-until = कब तक
consents-state = स्थिति
consents-state-shared = साझा किया गया
consents-state-revoked = बंद किया गया
consents-state-expired = समाप्त
consents-stop-sharing = साझा करना बंद करें
consents-none = आप अभी तक किसी भी भागीदार के साथ कुछ भी साझा नहीं कर रहे हैं।
consents-share-heading = किसी भागीदार के साथ साझा करें
consents-choose-partner = भागीदार चुनें
# A partner in the list: $name is the organisation, $country where it is.
consents-partner-choice = { $name }, { $country }
consents-figures-legend = साझा करने के लिए आँकड़े
consents-share = साझा करें

## ईमेल (सादा पाठ; हर संदेश एक अनुच्छेद है)

email-greeting = नमस्ते,
email-greeting-name = नमस्ते { $name },
email-reset-subject = अपना Mitra पासवर्ड रीसेट करें
email-reset-asked = किसी ने आपके Mitra खाते का पासवर्ड रीसेट करने का अनुरोध किया है। अगर यह आप थे, तो एक घंटे के भीतर इस पते पर नया पासवर्ड चुनें:
email-reset-not-you = अगर यह आप नहीं थे, तो इस ईमेल को अनदेखा करें; आपका पासवर्ड वही रहेगा।
email-invitation-subject = आपको Mitra से जुड़ने का निमंत्रण है
email-invitation-text = { $inviter } आपको Mitra में { $role } के रूप में जुड़ने का निमंत्रण देते हैं। सात दिनों के भीतर इस पते पर अपना नाम और पासवर्ड चुनें:
email-invitation-not-expected = अगर आपको इसकी उम्मीद नहीं थी, तो इस ईमेल को अनदेखा करें।

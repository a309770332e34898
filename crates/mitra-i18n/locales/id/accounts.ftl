# Mitra: kata-kata untuk akun dan berbagi data (masuk dan mendaftar, halaman akun dan token
# API-nya, undangan, atur ulang kata sandi, serta data yang dibagikan UMKM kepada mitra mana).
# Masalah pada isian berasal dari common.ftl dan ditampilkan di samping isian yang labelnya
# menyebut isian tersebut.

## Dipakai bersama oleh formulir akun

accounts-email-label = Alamat email
accounts-password-label = Kata sandi
accounts-your-name-label = Nama Anda
accounts-new-password-label = Kata sandi baru
accounts-new-password-hint = Minimal { $min } karakter.
accounts-repeat-password-label = Ulangi kata sandi baru
# Judul tersembunyi untuk kolom tombol pada tabel, dibacakan oleh pembaca layar.
accounts-action = Tindakan

## Masuk

sign-in-title = Masuk
sign-in-submit = Masuk
sign-in-forgot-password = Lupa kata sandi?
sign-in-register = Daftarkan usaha Anda
sign-in-too-many-attempts = Terlalu banyak percobaan masuk. Tunggu 15 menit, lalu coba lagi.

## Mendaftar (mendaftarkan usaha)

sign-up-title = Daftarkan usaha Anda
sign-up-intro = Buat akun dan profil usaha Anda. Pihak mitra hanya dapat melihat usaha Anda setelah Anda membagikannya kepada mereka.
sign-up-duplicates-heading = Usaha ini mungkin sudah terdaftar.
sign-up-duplicates-check = Periksa daftar berikut sebelum melanjutkan:
# $name adalah usaha yang sudah terdaftar, $region lokasinya.
sign-up-duplicate-place = { $name } ({ $region })
# $business adalah usaha yang sudah terdaftar (beserta wilayahnya, jika ada).
sign-up-duplicate-same-registration-number = { $business } memiliki nomor registrasi usaha yang sama.
sign-up-duplicate-same-name-in-region = { $business } memiliki nama yang sama di wilayah yang sama.
sign-up-duplicates-advice = Jika salah satunya adalah usaha Anda, mintalah pemiliknya atau instansi pengelola untuk mengundang Anda, daripada mendaftarkannya lagi.
sign-up-you = Tentang Anda
sign-up-password-hint = Minimal { $min } karakter. Gabungan beberapa kata akan menjadi kata sandi yang kuat.
sign-up-your-business = Usaha Anda
sign-up-business-name-label = Nama usaha
sign-up-country-label = Negara
sign-up-choose-country = Pilih negara
sign-up-region-label = Provinsi, negara bagian, atau wilayah
sign-up-registration-number-label = Nomor registrasi usaha
sign-up-registration-number-hint = Misalnya NIB, nomor Udyam, atau nomor usaha lainnya, jika usaha Anda memilikinya.
sign-up-legal-form-label = Bentuk badan usaha
sign-up-language-label = Bahasa utama usaha
sign-up-not-a-duplicate = Tidak satu pun dari ini usaha saya, lanjutkan pendaftaran
sign-up-submit = Buat akun saya

## Halaman akun

account-title = Akun Anda
account-name = Nama
account-roles = Peran
# $role adalah peran seperti "Staf mitra"; $organisation adalah ID organisasi.
account-role-in-organisation = { $role } di organisasi { $organisation }
account-role-across-platform = { $role } untuk seluruh platform
account-password-heading = Ubah kata sandi Anda
account-password-note = Anda akan otomatis keluar dari semua browser lain tempat Anda sedang masuk, dan token API Anda tidak dapat digunakan lagi.
account-current-password-label = Kata sandi saat ini
account-change-password = Ubah kata sandi
account-tokens-heading = Token API pribadi
# Di halaman, teks ini diikuti header itu sendiri, "Authorization: Bearer", yang tidak diubah.
account-tokens-note = Untuk sistem yang mengakses API Mitra atas nama Anda. Sistem tersebut mengirimkan token setelah header berikut:
account-new-token-heading = Token baru Anda.
account-new-token-note = Salin sekarang. Mitra hanya menyimpan sidik jari token ini dan tidak dapat menampilkannya lagi.
account-token-name = Nama
account-token-created = Dibuat
account-token-expires = Berlaku sampai
account-token-state = Status
account-token-state-live = Aktif
account-token-state-revoked = Dicabut
account-token-state-expired = Kedaluwarsa
account-token-revoke = Cabut
account-token-revoked = Token telah dicabut.
account-token-name-label = Kegunaan token
account-token-days-label = Masa berlaku (hari)
account-token-create = Buat token

## Undangan

invitation-title = Bergabung dengan Mitra
# $role adalah peran seperti "Staf mitra", $email adalah alamat yang diundang.
invitation-intro = Anda diundang sebagai { $role } dengan alamat email { $email }.
invitation-password-hint = Minimal { $min } karakter. Jika alamat ini sudah memiliki akun, masukkan kata sandi akun tersebut.
invitation-submit = Bergabung

## Atur ulang kata sandi

reset-request-title = Atur ulang kata sandi
reset-request-intro = Masukkan alamat email akun Anda. Jika alamat tersebut terdaftar, Mitra akan mengirimkan tautan untuk membuat kata sandi baru.
reset-request-submit = Kirim tautan
reset-request-sent-title = Periksa email Anda
reset-request-sent-message = Jika alamat ini memiliki akun Mitra, email berisi tautan untuk membuat kata sandi baru sedang dikirim. Tautan tersebut berlaku selama satu jam.
reset-title = Buat kata sandi baru
reset-submit = Simpan kata sandi
reset-done-title = Kata sandi telah diubah
reset-done-message = Kata sandi baru Anda sudah aktif. Silakan masuk dengan kata sandi tersebut.

## Data yang dibagikan UMKM

consents-title = Data yang Anda bagikan
consents-heading = Data yang dibagikan usaha Anda
consents-intro = Pihak mitra hanya dapat melihat usaha Anda beserta datanya jika Anda membagikannya, dan hanya sampai tanggal yang Anda pilih. Anda dapat berhenti berbagi kapan saja, dan perubahan itu langsung berlaku.
consents-partner = Mitra
consents-figures = Data
consents-until = Sampai
consents-state = Status
consents-state-shared = Dibagikan
consents-state-revoked = Dihentikan
consents-state-expired = Kedaluwarsa
consents-stop-sharing = Hentikan berbagi
consents-none = Anda belum membagikan data kepada mitra mana pun.
consents-share-heading = Bagikan kepada mitra
consents-choose-partner = Pilih mitra
# Satu mitra dalam daftar: $name adalah organisasinya, $country lokasinya.
consents-partner-choice = { $name }, { $country }
consents-figures-legend = Data yang akan dibagikan
consents-share = Bagikan

## Email (teks biasa; setiap pesan adalah satu paragraf)

email-greeting = Halo,
email-greeting-name = Halo { $name },
email-reset-subject = Atur ulang kata sandi Mitra Anda
email-reset-asked = Seseorang meminta pengaturan ulang kata sandi akun Mitra Anda. Jika itu Anda, buat kata sandi baru di alamat ini dalam waktu satu jam:
email-reset-not-you = Jika itu bukan Anda, abaikan email ini; kata sandi Anda tetap sama.
email-invitation-subject = Anda diundang ke Mitra
email-invitation-text = { $inviter } mengundang Anda bergabung dengan Mitra sebagai { $role }. Tentukan nama dan kata sandi Anda di alamat ini dalam tujuh hari:
email-invitation-not-expected = Jika Anda tidak mengharapkan email ini, abaikan saja.

# Mitra: kata-kata yang dipakai di semua halaman (tata letak, halaman kesalahan, penolakan
# formulir, daftar-daftar domain, dan masalah pada isian). Setiap masalah adalah kalimat utuh:
# halaman menampilkannya di samping isian yang labelnya menyebut isian tersebut.

## Tata letak

site-description = Mitra menghubungkan usaha mikro, kecil, dan menengah yang sedang pulih dari krisis atau bencana dengan bank, instansi pemerintah, lembaga nirlaba, dan perusahaan yang dapat membantu.
skip-to-content = Langsung ke konten
nav-main = Menu utama
nav-directory = Direktori
nav-opportunities = Peluang
nav-my-business = Usaha saya
nav-sharing = Berbagi data
nav-my-organisation = Organisasi saya
nav-administration = Administrasi
nav-account = Akun
sign-in = Masuk
sign-out = Keluar
register-business = Daftarkan usaha
language-switcher = Bahasa
footer-text = Mitra menghubungkan UMKM yang sedang pulih dari krisis atau bencana dengan para mitra yang dapat membantu.
footer-api = API
back-to-start = Kembali ke beranda
save = Simpan
none = Tidak ada

## Pilihan bahasa

language-unknown-title = Bahasa tidak tersedia
language-unknown-message = Mitra tersedia dalam bahasa Inggris, Prancis, Spanyol, Indonesia, dan Hindi. Silakan pilih salah satu.

## Halaman kesalahan

error-sign-in-failed-title = Gagal masuk
error-sign-in-failed-message = Alamat email atau kata sandi salah.
error-too-many-attempts-title = Terlalu banyak percobaan
error-too-many-attempts-message = Terlalu banyak percobaan dari perangkat atau jaringan ini. Tunggu 15 menit, lalu coba lagi.
error-link-not-valid-title = Tautan ini sudah tidak berlaku
error-link-not-valid-message = Tautan ini sudah pernah digunakan atau sudah kedaluwarsa. Silakan minta tautan baru.
error-not-found-title = Tidak ditemukan
error-not-found-message = Data yang Anda cari tidak ada di sini.
error-bad-address-title = Tidak ditemukan
error-bad-address-message = Alamat ini tidak merujuk ke data mana pun.
error-forbidden-title = Akses ditolak
error-forbidden-message = Anda tidak memiliki akses ke halaman ini.
error-stale-title = Data sudah berubah
error-stale-message = Orang lain telah mengubah data ini sejak Anda membukanya. Buka kembali untuk melihat perubahannya.
error-conflict-title = Tidak dapat dilakukan
error-conflict-message = Data ini tidak dapat diubah dalam statusnya saat ini.
error-internal-title = Terjadi kesalahan
error-internal-message = Halaman tidak dapat ditampilkan. Kesalahan ini sudah dicatat.
error-no-page-title = Halaman tidak ditemukan
error-no-page-message = Tidak ada halaman di alamat ini. Gunakan tautan di atas untuk membuka isi Mitra.

## Formulir yang ditolak sebelum dibaca

form-not-saved-title = Tidak tersimpan
form-not-a-form = Formulir ini tidak dikirim dalam bentuk formulir.
form-too-large = Ukuran formulir ini melebihi batas yang diterima Mitra. Tidak ada yang tersimpan.
form-expired = Formulir ini sudah kedaluwarsa atau tidak berasal dari Mitra. Tidak ada yang tersimpan. Buka kembali halamannya, lalu kirim sekali lagi.

## Masalah pada isian

problem-required = Wajib diisi.
problem-other = { $detail }
problem-not-in-list = Pilih salah satu dari daftar.
problem-not-a-date = Masukkan tanggal.
problem-in-future = Tanggal ini tidak boleh melewati hari ini.
problem-not-whole-number = Masukkan bilangan bulat, misalnya 12.
problem-at-most = Masukkan paling banyak { $max }.
problem-between = Masukkan angka dari { $min } sampai { $max }.
problem-repeats = { $item } tercantum dua kali.
problem-no-language = Pilih minimal satu bahasa.
problem-closes-before-opening = Tanggal penutupan tidak boleh sebelum tanggal pembukaan ({ $opens }).
problem-exceeds-budget = Jumlah per usaha tidak boleh melebihi total anggaran.
problem-not-in-budget-currency = Isi jumlah ini dalam mata uang anggaran ({ $currency }).
problem-not-in-firms-currency = Isi jumlah ini dalam mata uang usaha ({ $currency }).
problem-email-too-long = Isian ini terlalu panjang untuk sebuah alamat email.
problem-not-an-email = Masukkan alamat email, misalnya name@example.com.
problem-password-too-short = Gunakan minimal { $min } karakter.
problem-password-too-long = Gunakan maksimal { $max } karakter.
problem-password-is-email = Kata sandi tidak boleh sama dengan alamat email Anda.
problem-passwords-differ = Kedua kata sandi tidak sama.
problem-not-your-password = Kata sandi saat ini salah.
problem-not-that-accounts-password = Kata sandi ini tidak cocok dengan akun yang memakai alamat email ini.
problem-email-taken = Alamat email ini sudah memiliki akun. Silakan masuk, atau atur ulang kata sandi.
problem-no-figures = Pilih minimal satu data yang akan dibagikan.
problem-in-the-past = Pilih tanggal hari ini atau setelahnya.
problem-too-far-ahead = Pilih tanggal paling lambat tiga tahun dari hari ini.
problem-not-a-partner = Pilih organisasi mitra dari daftar.
problem-not-reportable = Anda tidak dapat melapor untuk usaha ini.
problem-not-your-business = Pilih usaha yang Anda miliki.
problem-too-long = Gunakan maksimal { $max } karakter (saat ini { $got } karakter).
problem-control-character = Hapus karakter kontrol.
problem-direction-override = Hapus karakter tak terlihat yang mengubah arah teks.
problem-unknown-currency = Pilih mata uang dari daftar.
problem-currency-mismatch = Jumlah-jumlah ini memakai mata uang yang berbeda ({ $left } dan { $right }).
problem-not-an-amount = Masukkan jumlah berupa angka tanpa pemisah ribuan, dengan titik untuk desimal, misalnya 1250.50.
problem-amount-too-large = Jumlah ini terlalu besar untuk data sebuah usaha.
problem-negative = Nilai ini tidak boleh negatif.
problem-too-precise = { $currency } memiliki paling banyak { $places } angka desimal.
problem-unknown-country = Pilih negara dari daftar.
problem-unknown-language = Pilih bahasa dari daftar.
problem-industry-malformed = Masukkan kode bidang usaha berupa huruf atau angka, maksimal 16 karakter, misalnya 1071.

## Jenis organisasi

kind-msme = UMKM
kind-financial-institution = Bank atau lembaga keuangan
kind-government-agency = Instansi pemerintah
kind-nonprofit = Lembaga nirlaba
kind-academic = Universitas atau lembaga riset
kind-corporate = Perusahaan besar
kind-ecommerce-platform = Platform e-commerce
kind-development-bank = Bank pembangunan

## Jenis dukungan

channel-resources = Sumber daya
channel-knowledge = Pengetahuan
channel-networking = Jejaring dan kemitraan B2B
channel-markets = Akses pasar
channel-training = Pelatihan dan pendampingan

## Peran

role-administrator = Administrator sistem
role-programme-manager = Manajer program
role-partner-staff = Staf mitra
role-reviewer = Peninjau
role-approver = Pemberi persetujuan
role-msme-owner = Pemilik usaha
role-mentor = Pendamping usaha

## Bentuk badan usaha

legal-form-sole-proprietorship = Usaha perseorangan
legal-form-partnership = Persekutuan (firma atau CV)
legal-form-limited-liability-partnership = Persekutuan dengan tanggung jawab terbatas
legal-form-private-company = Perseroan terbatas (PT)
legal-form-public-company = Perseroan terbuka (PT Tbk)
legal-form-cooperative = Koperasi
legal-form-other = Lainnya

## Status operasional

status-operating = Beroperasi
status-reduced-operations = Beroperasi dengan kapasitas terbatas
status-temporarily-closed = Tutup sementara
status-permanently-closed = Tutup permanen

## Data yang dapat dibagikan UMKM

figure-turnover = Omzet tahunan
figure-investment = Investasi
figure-employees = Jumlah karyawan
figure-recovery-reports = Laporan pemulihan bulanan

## Skala usaha

size-micro = Mikro
size-small = Kecil
size-medium = Menengah
size-large = Besar

## Sektor: kategori ISIC Rev.4 (Divisi Statistik PBB), selaras dengan KBLI

isic-section-a = Pertanian, kehutanan, dan perikanan
isic-section-b = Pertambangan dan penggalian
isic-section-c = Industri pengolahan
isic-section-d = Pengadaan listrik, gas, uap, dan udara dingin
isic-section-e = Pengelolaan air, air limbah, dan sampah, serta remediasi
isic-section-f = Konstruksi
isic-section-g = Perdagangan besar dan eceran; reparasi mobil dan sepeda motor
isic-section-h = Pengangkutan dan pergudangan
isic-section-i = Penyediaan akomodasi dan makan minum
isic-section-j = Informasi dan komunikasi
isic-section-k = Aktivitas keuangan dan asuransi
isic-section-l = Real estat
isic-section-m = Aktivitas profesional, ilmiah, dan teknis
isic-section-n = Aktivitas penyewaan dan penunjang usaha
isic-section-o = Administrasi pemerintahan, pertahanan, dan jaminan sosial wajib
isic-section-p = Pendidikan
isic-section-q = Aktivitas kesehatan manusia dan aktivitas sosial
isic-section-r = Kesenian, hiburan, dan rekreasi
isic-section-s = Aktivitas jasa lainnya
isic-section-t = Rumah tangga sebagai pemberi kerja; produksi untuk kebutuhan sendiri
isic-section-u = Badan internasional dan badan ekstra internasional

## Problems with eligibility rules
problem-rule-syntax = bukan ekspresi yang sah: periksa tulisan pada posisi { $position }
problem-rule-unknown-field = merujuk ke { $name } pada posisi { $position }, yang bukan isian data pemohon
problem-rule-unknown-function = memanggil { $name } pada posisi { $position }, yang bukan fungsi yang boleh dipakai aturan
problem-rule-money-with-number = membandingkan uang dengan angka tanpa mata uang pada posisi { $position }: tulis jumlahnya dengan mata uangnya, misalnya money(20000, "{ $currency }")
problem-rule-other-currency = membandingkan uang dalam { $expected } dengan jumlah dalam { $found } pada posisi { $position }
problem-rule-mismatch = membandingkan { $left } dengan { $right } pada posisi { $position }, yang tidak dapat dibandingkan
problem-rule-not-allowed-value = membandingkan { $field } dengan { $value } pada posisi { $position }, nilai yang tidak pernah dimiliki { $field }
problem-rule-bad-literal = tidak dapat membaca { $text } pada posisi { $position }
problem-rule-not-yes-or-no = harus menghasilkan ya atau tidak (true atau false), dan pada posisi { $position } tidak demikian
problem-rule-unsupported = memakai { $text } pada posisi { $position }, yang tidak boleh dipakai aturan
problem-no-money-here = Kosongkan jumlahnya: peluang ini tidak memberikan uang.
problem-not-positive = Masukkan jumlah di atas nol.
problem-above-limit = Ini melebihi yang dapat diterima satu usaha ({ $limit }).
problem-closed-with-activity = Biarkan nol: usaha menyatakan tutup permanen bulan itu.

# A share, whole per cent
percent = { $value }%

# Problems with programmes and the opportunities in them
problem-not-the-programmes-channel = Pilih saluran program ini, atau program lain.
problem-not-the-programmes-country = Program ini berjalan di negara lain: pilih program dari negara ini.
problem-opportunities-elsewhere = Peluang program ini masih memakai nilai sekarang: keluarkan dulu.

problem-ends-before-start = Tanggal berakhir tidak boleh sebelum tanggal mulai ({ $starts }).

problem-not-a-mentor = Masukkan alamat email mentor yang sudah mengisi profil mentornya.

# Match rounds
problem-pinned-twice = Usaha ini sudah disematkan ke mentor lain.
problem-pinned-and-forbidden = Pasangan ini juga ada di daftar pasangan terlarang.
problem-pin-other-country = Mentor ini bekerja di negara lain dari usaha tersebut.
problem-pin-no-shared-language = Mentor ini tidak menguasai satu pun bahasa usaha tersebut.
problem-pin-outside-regions = Mentor ini tidak membimbing di wilayah usaha tersebut.
problem-no-mentors = Kelompok mentor program belum punya mentor yang masih punya tempat: tambahkan dulu.
problem-no-firms = Belum ada usaha untuk dipasangkan.
problem-target-unreachable = Target meminta setidaknya { $required } usaha { $kind ->
        [women] yang dipimpin perempuan
        [youth] yang dipimpin anak muda
       *[region] dari { $region }
    }, tetapi tempat dan aturan mentor hanya memungkinkan paling banyak { $best }.
problem-pins-over-capacity = Ini menyematkan lebih banyak usaha ke mentor daripada kapasitasnya ({ $capacity }).
problem-deadline-passed = Jawaban harus diberikan paling lambat { $deadline }.
problem-already-answered = Ini sudah dijawab.

problem-already-published = Putaran ini sudah diterbitkan dan tidak bisa diubah lagi.
problem-not-yet-published = Putaran ini belum diterbitkan.
problem-not-yet-solved = Perhitungan belum selesai: tunggu sebentar lalu muat ulang halaman.
problem-no-pairs = Perhitungan ini tidak mengusulkan pasangan untuk diterbitkan.

problem-not-after-today = Pilih hari setelah hari ini.

problem-no-rating-without = Jangan beri nilai untuk sesi yang tidak terjadi.
problem-already-logged = Pasangan ini sudah punya sesi tercatat pada hari itu.
problem-not-confirmed-pair = Sesi dicatat untuk pasangan yang sudah diterima kedua pihak.

# Mitra: kata-kata di halaman publik dan formulir yang dipakai mitra dan usaha untuk mengelola
# datanya (beranda, direktori dan halaman organisasi, daftar peluang dan halaman peluang,
# formulir peluang, dan penyunting profil). Masalah pada isian berasal dari common.ftl dan
# ditampilkan di samping isian yang labelnya menyebut isian tersebut; jenis organisasi, jenis
# dukungan, bentuk badan usaha, status, dan skala usaha juga berasal dari common.ftl.

## Dipakai bersama oleh daftar dan formulir

pages-filter-any = Semua
pages-filter-country = Negara
pages-filter-search = Cari
pages-filter-apply = Terapkan filter
# Di atas daftar filter yang ditolak, masing-masing "isian: apa yang salah".
pages-filter-problems = Beberapa filter tidak dapat digunakan:
pages-next-page = Halaman berikutnya
# Label pada data yang sudah tidak aktif.
pages-archived = diarsipkan
# Label pada peluang yang hanya contoh, bukan program sungguhan.
pages-illustrative = ilustrasi
pages-illustrative-hint = Dibuat berdasarkan program yang tidak dapat diverifikasi
pages-record-json = Data ini dalam format JSON
pages-form-not-saved = Belum ada yang tersimpan: beberapa isian perlu diperiksa kembali. Setiap isian tersebut ditandai di bawah.
# Di samping daftar yang memungkinkan beberapa pilihan.
pages-choose-several = Tahan tombol Ctrl (atau Cmd) untuk memilih lebih dari satu.

## Beranda

landing-title = Mitra: kemitraan untuk pemulihan UMKM
landing-heading = Kemitraan untuk pemulihan usaha mikro, kecil, dan menengah
landing-intro = Mitra adalah platform yang dikelola instansi pembina UMKM untuk menghubungkan usaha yang sedang pulih dari krisis atau bencana dengan bank, instansi pemerintah, lembaga nirlaba, universitas, perusahaan besar, platform e-commerce, dan UMKM lain yang dapat membantu, serta untuk menunjukkan dengan angka apakah usaha-usaha tersebut benar-benar pulih.
# $msmes, $partners, dan $opportunities adalah tiga jumlah di bawah, masing-masing dengan
# kata bendanya ("12 UMKM", "3 mitra", "1 peluang").
landing-counts = Saat ini Mitra memuat { $msmes }, { $partners }, dan { $opportunities }.
landing-count-msmes =
    { $count ->
       *[other] { $shown } UMKM
    }
landing-count-partners =
    { $count ->
       *[other] { $shown } mitra
    }
landing-count-opportunities =
    { $count ->
       *[other] { $shown } peluang
    }
landing-channels-heading = Lima jenis dukungan
# Di bawah nama setiap jenis dukungan, apa yang diberikannya.
landing-channel-resources = Pendanaan, teknologi, bahan baku, pembelian bersama
landing-channel-knowledge = Keahlian dan pengetahuan praktis dari para mitra
landing-channel-networking = Perkenalan dan temu bisnis dengan usaha lain
landing-channel-markets = Pasar baru, pendampingan untuk mulai berjualan di e-commerce
landing-channel-training = Kursus, pendamping usaha, kelas berkelompok
landing-see-opportunities = Lihat peluang
landing-ways-in-heading = Temukan yang Anda cari
# Setiap pintu masuk adalah tautan, lalu teks sesudahnya (yang diawali tanda bacanya sendiri).
landing-directory-link = Direktori organisasi
landing-directory-after = : UMKM dan mitra, menurut negara, sektor, dan skala usaha.
landing-opportunities-link = Daftar peluang
landing-opportunities-after = : pinjaman, pelatihan, pendampingan, akses pasar.
landing-api-link = Dokumen API (OpenAPI 3.1)
landing-api-after = , untuk sistem yang terhubung dengan Mitra.

## Direktori organisasi

directory-title = Direktori
directory-heading = Direktori organisasi
directory-kind-label = Jenis
directory-size-label = Skala
directory-industry-label = Kode sektor
# Contoh di isian sektor: huruf bagian atau kelas ISIC.
# Contoh kata di isian pencarian.
directory-search-placeholder = kakao
directory-matches =
    { $count ->
       *[other] { $shown } organisasi sesuai dengan filter.
    }
directory-matches-more = Lebih dari { $shown } organisasi sesuai dengan filter; persempit filter untuk melihat lebih sedikit.
directory-none = Tidak ada organisasi yang sesuai dengan filter ini.

## Halaman organisasi

organization-edit = Ubah profil ini
organization-publish = Terbitkan peluang
organization-languages = Bahasa
organization-legal-form = Bentuk badan usaha
organization-operating-status = Status operasional
organization-founded = Didirikan
organization-industry = Bidang usaha
# $code adalah kode bidang usaha yang tidak ada dalam daftar ISIC maupun NAICS.
organization-industry-unclassified = { $code } · kode tidak terklasifikasi
organization-balance-sheet = Neraca
# Pengganti data yang belum dibagikan usaha kepada organisasi pembaca.
organization-not-shared = tidak dibagikan kepada organisasi Anda
organization-size-class-label = Skala usaha
# $class adalah skala usaha (Mikro, Kecil…), $rule peraturan yang menetapkan skala, dikutip apa
# adanya ("Ghana L.I. 2470"), $date tanggal data dibaca.
organization-size-class = { $class } (menurut { $rule }, per { $date })
organization-size-not-known = belum diketahui
# $reason menjelaskan apa yang masih diperlukan aturan skala, atau mengapa tidak ada aturan.
organization-size-not-known-because = belum diketahui: { $reason }
organization-ownership = Kepemilikan
organization-women-led = dipimpin perempuan
organization-youth-led = dipimpin anak muda
organization-veteran-led = dipimpin veteran
organization-needs = Kebutuhan
organization-offers = Yang ditawarkan
organization-offered = Peluang yang ditawarkan
organization-recommended = Peluang yang direkomendasikan
# Seberapa cocok peluang yang direkomendasikan dengan usaha; $score adalah angka seperti 2,4.
organization-score = skor { $score }
# $reasons adalah alasan-alasan di bawah, digabung dengan koma.
organization-why = Alasan: { $reasons }
organization-reasons-json = Semua alasan dalam format JSON

## Alasan suatu peluang direkomendasikan kepada usaha (ditampilkan setelah "Alasan:", digabung dengan koma)

recommendation-reason-industry = sesuai dengan bidang usaha Anda
recommendation-reason-any-industry = terbuka untuk usaha di semua bidang
recommendation-reason-same-country = di negara Anda
recommendation-reason-same-region = di wilayah Anda
recommendation-reason-size-fit = untuk usaha dengan skala seperti usaha Anda
recommendation-reason-channel-need = memenuhi kebutuhan yang Anda sampaikan
recommendation-reason-text-relevance = cocok dengan kata-kata dalam kebutuhan Anda
recommendation-reason-shared-language = dalam bahasa Anda
recommendation-reason-recovery-need = untuk usaha yang pendapatannya turun
recommendation-reason-women-led = prioritas untuk usaha yang dipimpin perempuan
recommendation-reason-youth-led = prioritas untuk usaha yang dipimpin anak muda

## Alasan skala usaha belum diketahui (setelah "belum diketahui:"; $rule adalah kutipan peraturan,
## seperti "India S.O. 1364(E)", dan tidak diubah)

size-rule-none = Mitra belum memiliki aturan skala usaha untuk { $country }
size-rule-not-in-force = tidak ada aturan skala usaha { $country } yang berlaku pada { $date }
# $figures adalah satu data, atau beberapa data yang digabung seperti size-rule-list-and.
size-rule-needs-all = { $rule } memerlukan { $figures }
# $figures adalah satu data, atau beberapa data yang digabung seperti size-rule-list-or.
size-rule-needs-one-of = { $rule } memerlukan { $figures }
# $expected dan $got adalah kode mata uang, seperti INR dan USD.
size-rule-wrong-currency = { $rule } memakai { $figure } dalam { $expected }, tetapi nilainya diisi dalam { $got }
# $items adalah semua data kecuali yang terakhir, digabung dengan koma.
size-rule-list-and = { $items } dan { $last }
size-rule-list-or = { $items } atau { $last }
size-rule-figure-employees = jumlah tenaga kerja
size-rule-figure-annual-turnover = omzet tahunan
size-rule-figure-investment = nilai investasi
size-rule-figure-balance-sheet-total = total neraca
size-rule-figure-founded-on = tanggal pendirian
size-rule-figure-industry-code = kode bidang usaha

## Daftar peluang

opportunities-title = Peluang
opportunities-heading = Daftar peluang
opportunities-channel-label = Jenis dukungan
opportunities-region-label = Wilayah
opportunities-language-label = Bahasa
# Contoh kata di isian pencarian.
opportunities-search-placeholder = pinjaman
opportunities-matches =
    { $count ->
       *[other] { $shown } peluang sesuai dengan filter.
    }
opportunities-matches-more = Lebih dari { $shown } peluang sesuai dengan filter; persempit filter untuk melihat lebih sedikit.
opportunities-open-now = Sedang dibuka
opportunities-closes-on = Ditutup { $date }
opportunities-up-to = Hingga { $amount }
opportunities-none = Tidak ada peluang yang sesuai dengan filter ini.

## Halaman peluang

opportunity-edit = Ubah peluang ini
opportunity-illustrative-tag = ilustrasi: dibuat berdasarkan program yang tidak dapat diverifikasi
opportunity-offered-by = Ditawarkan oleh
opportunity-status = Status pendaftaran
# Apakah usaha dapat mendaftar hari ini.
opportunity-open = dibuka
opportunity-closed = ditutup
opportunity-opens = Tanggal dibuka
opportunity-closes = Tanggal ditutup
opportunity-seats = Kuota peserta
opportunity-mentor-slots = Kuota pendamping
opportunity-budget = Anggaran
opportunity-per-firm = Maksimal per usaha
opportunity-languages = Bahasa
opportunity-regions = Wilayah
# Wilayah peluang yang tidak menyebut wilayah apa pun.
opportunity-whole-country = seluruh negeri
opportunity-industries = Bidang usaha
opportunity-priority = Prioritas untuk
opportunity-women-led = usaha yang dipimpin perempuan
opportunity-youth-led = usaha yang dipimpin anak muda
# Sebelum skala usaha yang dituju peluang ("Mikro, Kecil").
opportunity-sizes = Untuk usaha skala

## Formulir peluang

offer-new-heading = Terbitkan peluang
offer-edit-heading = Ubah peluang
# $partner adalah organisasi yang menawarkannya, $country negara tempat peluang ditawarkan.
offer-offered-by = Ditawarkan oleh { $partner } di { $country }.
offer-stale = Orang lain telah mengubah peluang ini saat Anda sedang menyuntingnya. Isian Anda masih ada di formulir; bandingkan dengan peluang yang berlaku saat ini, lalu simpan lagi.
offer-what-legend = Tentang peluang ini
offer-title = Judul
offer-description = Deskripsi
offer-channel = Jenis dukungan
offer-how-much-legend = Jumlah dan kuota
offer-seats = Kuota peserta
offer-mentor-slots = Kuota pendamping
offer-budget = Anggaran
offer-budget-currency = Mata uang anggaran
offer-per-firm = Jumlah maksimal yang dapat diterima satu usaha
offer-per-firm-currency = Mata uang jumlah tersebut
offer-when-legend = Waktu dan sasaran
offer-opens-on = Tanggal dibuka
offer-closes-on = Tanggal ditutup
offer-languages = Bahasa
offer-regions = Wilayah yang dilayani
offer-regions-hint = Pisahkan dengan koma; kosongkan untuk seluruh negeri.
offer-industries = Bidang usaha
offer-industries-hint = Kode ISIC di tingkat mana pun, dipisahkan dengan koma (C untuk industri pengolahan, 1073 untuk kakao); kosongkan untuk semua bidang.
offer-sizes-legend = Skala usaha (kosongkan untuk semua skala)
offer-women-led = Prioritas untuk usaha yang dipimpin perempuan
offer-youth-led = Prioritas untuk usaha yang dipimpin anak muda
offer-illustrative = Ilustrasi (dibuat berdasarkan program yang tidak dapat diverifikasi)

## Penyunting profil

# $name adalah nama organisasi.
profile-title = Ubah profil { $name }
profile-heading = Ubah profil
profile-stale = Orang lain telah mengubah profil ini saat Anda sedang menyuntingnya. Isian Anda masih ada di formulir di bawah; bandingkan dengan profil yang berlaku saat ini, lalu simpan lagi.
# Tautan setelah profile-stale.
profile-stale-link = Lihat profil terkini
profile-size-label = Skala usaha:
profile-size-not-known = belum diketahui
# $class adalah skala usaha (Mikro, Kecil…), $rule peraturan yang menetapkan skala, dikutip apa
# adanya ("Ghana L.I. 2470"), $date tanggal data dibaca.
profile-size-class = { $class } menurut { $rule }, per { $date }
# $reason menjelaskan apa yang masih diperlukan aturan skala, atau mengapa tidak ada aturan.
profile-size-not-known-because = Belum diketahui: { $reason }
profile-size-hint = Dihitung otomatis dari data di bawah menurut aturan { $country }; tidak perlu diisi sendiri.
profile-organisation-legend = Organisasi
profile-name = Nama
profile-region = Provinsi, negara bagian, atau wilayah
profile-description = Kegiatan organisasi
profile-languages = Bahasa kerja
profile-business-legend = Usaha
profile-legal-form = Bentuk badan usaha
profile-registration-number = Nomor registrasi usaha
profile-founded-on = Tanggal berdiri
profile-industry = Bidang usaha
profile-industry-hint = Kelas ISIC Rev.4 (empat digit, misalnya 1073 untuk kakao dan cokelat) atau kode NAICS.
profile-operating-status = Status operasional
profile-figures-legend = Data usaha
profile-employees = Jumlah tenaga kerja
profile-turnover = Omzet tahunan
profile-amount-hint = Isi jumlahnya, lalu pilih mata uangnya.
profile-turnover-currency = Mata uang omzet
profile-investment = Investasi pada pabrik, mesin, dan peralatan
profile-investment-currency = Mata uang investasi
profile-balance-sheet = Total neraca
profile-balance-sheet-hint = Hanya dipakai oleh aturan Uni Eropa.
profile-balance-sheet-currency = Mata uang neraca
profile-ownership-legend = Kepemilikan
profile-women-led = Dipimpin perempuan
profile-youth-led = Dipimpin anak muda
profile-veteran-led = Dipimpin veteran
profile-needs-legend = Kebutuhan usaha
profile-offers-legend = Yang ditawarkan
profile-channel = Jenis dukungan
profile-in-your-words = Jelaskan dengan kata-kata Anda
profile-save = Simpan profil

## Archiving an organisation

organization-archive-explain = Pengarsipan mengeluarkan organisasi ini dan peluangnya dari semua daftar dan pencarian; log audit menyimpan datanya.
organization-archive-button = Arsipkan organisasi ini

## Past years' figures
profile-years-legend = Data tahun-tahun sebelumnya
profile-years-hint = Aturan program membacanya: CEBA, misalnya, membaca total gaji tahun 2019. Biarkan baris kosong bila tidak ada yang ditambahkan.
profile-year = Tahun
profile-year-payroll = Total gaji (upah dan tunjangan yang dibayarkan)
profile-year-expenses = Biaya yang tidak dapat ditunda (sewa, utilitas, asuransi)
profile-year-turnover = Omzet tahun itu
profile-year-employees = Jumlah pekerja tahun itu
profile-year-currency = Mata uang jumlah tahun itu

## Eligibility
eligibility-heading = Siapa yang boleh mendaftar
eligibility-rules-from = Aturan ini berlaku untuk pendaftaran sejak { $date }.
eligibility-summary = Anda memenuhi { $met } dari { $total } kriteria.
eligibility-fill-in = Belum ada di profil Anda: { $fields }.
eligibility-all-met = Anda boleh mendaftar.
eligibility-edit-profile = Lengkapi profil
eligibility-met = Terpenuhi:
eligibility-not-met = Tidak terpenuhi:
eligibility-unknown = Belum diketahui:
eligibility-missing = belum diisi
eligibility-value = { $field }: { $value }
eligibility-yes = ya
eligibility-no = tidak
field-kind = jenis organisasi
field-country = negara
field-region = wilayah
field-legal-form = bentuk badan usaha
field-founded-on = tanggal berdiri
field-years-in-operation = lama usaha (tahun)
field-operating-status = status operasional
field-industry = kode bidang usaha
field-isic-section = sektor
field-size-class = skala usaha
field-employees = jumlah pekerja
field-turnover = omzet tahunan
field-investment = investasi
field-balance-sheet-total = total neraca
field-women-led = dipimpin perempuan
field-youth-led = dipimpin kaum muda
field-veteran-led = dipimpin veteran
field-application-date = tanggal pendaftaran
field-year-payroll = total gaji { $year }
field-year-expenses = biaya tak dapat ditunda { $year }
field-year-turnover = omzet { $year }
field-year-employees = jumlah pekerja { $year }
relief-forgiven = Dihapuskan bila dilunasi tepat waktu
relief-example = { $forgiven } dari pinjaman { $borrowed }
relief-deadline = Lunasi sisanya paling lambat
relief-refinanced = Dengan permohonan pembiayaan ulang yang diajukan paling lambat { $filed }: { $date }.
relief-otherwise = Jika tidak
relief-term-loan = sisa pinjaman menjadi pinjaman berjangka dengan bunga { $rate } % per tahun, jatuh tempo { $due }

# Programmes
nav-programmes = Program
organization-new-programme = Mulai program
offer-programme = Program
offer-programme-hint = Program tempat peluang ini bernaung: saluran dan negara yang sama.
offer-no-programme = Bukan bagian dari program
programmes-title = Program
programmes-intro = Program yang dijalankan lembaga dan mitra, masing-masing di satu saluran: peluang yang dihimpunnya, tahun acuan pemulihan usahanya, dan porsi usaha yang ingin dilayaninya.
programmes-none = Belum ada program.
programme-running = Berjalan
programme-run-by = Dijalankan oleh { $organisation }
programme-period = { $from } s.d. { $to }
programme-from = Mulai { $from }
programme-edit = Ubah program
programme-runner = Dijalankan oleh
programme-participants = Usaha yang ikut serta
programme-baseline-explained = Pemulihan suatu usaha diukur terhadap angkanya pada tahun acuan program pertama yang diikutinya, agar semua bulannya memakai satu tolok ukur.
programme-opportunities = Peluangnya
programme-no-opportunities = Belum ada peluang di dalamnya: mitra menambahkannya dari formulir peluang.
programme-dates = Tanggal
programme-baseline-year = Tahun acuan
programme-baseline-is = Pemulihan diukur terhadap tahun { $year }
programme-target-women = sedikitnya { $share }% usaha yang dipimpin perempuan
programme-target-youth = sedikitnya { $share }% usaha yang dipimpin pemuda
programme-target-region = sedikitnya { $share }% dari { $region }
programme-no-targets = Belum ditetapkan
programme-targets = Target keadilan
programme-new-heading = Mulai program
programme-edit-heading = Ubah program
programme-what-legend = Tentang program
programme-name = Nama
programme-starts-on = Mulai tanggal
programme-ends-on = Berakhir tanggal
programme-baseline-hint = Tahun sebelum guncangan yang dijawab program ini, yang angkanya menjadi acuan pemulihan (2019 untuk pandemi).
programme-targets-hint = Porsi terkecil, dalam persen, dari usaha yang dilayani yang ingin diberikan program kepada tiap kelompok; kosongkan bila tidak ada.
programme-women-share = Usaha yang dipimpin perempuan (%)
programme-youth-share = Usaha yang dipimpin pemuda (%)
programme-region-shares = Wilayah (%)
programme-region-shares-hint = Satu wilayah program per baris, dengan porsinya: Ashanti: 30
opportunity-programme = Bagian dari

# Mentors and pools
nav-mentoring = Pendampingan
mentor-heading = Profil mentor Anda
mentor-intro = { $name }, program mencocokkan Anda dengan usaha berdasarkan isian ini: keahlian, bahasa pendampingan, wilayah, dan berapa peserta yang dapat Anda dampingi sekaligus.
mentor-in-pools = Anda termasuk dalam kelompok mentor:
mentor-knows-legend = Keahlian Anda
mentor-expertise = Bidang usaha
mentor-topics = Topik
mentor-topics-hint = Dipisahkan koma, misalnya pembukuan, dokumen ekspor
mentor-about = Tentang Anda
mentor-where-legend = Bahasa dan wilayah
mentor-when-legend = Berapa dan kapan
mentor-capacity = Peserta sekaligus
mentor-available-from = Tersedia mulai
mentor-pause = Jeda: tidak menerima peserta baru untuk sementara
mentor-paused = Dijeda
mentor-from = Mulai { $date }
mentor-takes-mentees = Menerima peserta
pool-heading = Kelompok mentor
pool-summary = { $count ->
   *[other] { $shown } mentor.
}
pool-open-capacity = Mentor yang menerima peserta baru dapat mendampingi { $count } orang sekaligus.
pool-none = Belum ada mentor: tambahkan lewat alamat email.
pool-name = Nama
pool-status = Keadaan
pool-actions = Ubah
pool-remove = Keluarkan
pool-add-heading = Tambah mentor
pool-email = Alamat email mentor
pool-add = Tambahkan

# Match rounds
nav-proposals = Pasangan
round-status-running = Sedang dihitung
round-status-solved = Siap ditinjau
round-status-refused = Tidak dapat diselesaikan
round-status-published = Diterbitkan
rounds-heading = Putaran pemasangan
rounds-explained = Putaran memasangkan usaha program dengan mentor di kelompoknya: penugasan terbaik yang ditemukan mesin, berdampingan dengan hasil cara siapa cepat dia dapat dan pilihan rakus. Tinjau, sesuaikan, lalu terbitkan.
rounds-none = Belum ada putaran.
rounds-started = Dimulai
rounds-status = Status
rounds-runs = Perhitungan
rounds-new = Mulai putaran
rounds-population = Usaha yang mana
rounds-population-approved = Pelamar yang disetujui pada peluang program
rounds-population-participants = Usaha yang ikut program
rounds-run = Hitung putaran
round-weights = Bobot tiap alasan
round-weights-hint = Dari 0 (tidak sama sekali) sampai 10.
round-contribution-industry = Paham industri usaha
round-contribution-language = Bahasa yang sama
round-contribution-region = Membimbing di wilayah usaha
round-contribution-need = Kebutuhan pemulihan
round-heading = Putaran pemasangan
round-follow-up-of = Putaran yang ditindaklanjuti
round-run-of = Perhitungan { $number } dari { $count }
round-inputs = { $firms } usaha, { $mentors } mentor
round-seats = { $count } tempat
round-solved-in = selesai dalam { $ms } md
round-running = Mesin sedang menghitung; halaman dimuat ulang sendiri.
round-refused = Perhitungan ini tidak bisa diselesaikan dengan pengaturan sekarang:
round-comparison = Dibandingkan dengan siapa cepat dan pilihan rakus
round-comparison-explained = Usaha, mentor, dan aturan yang sama. Penugasan terbaik melayani sebanyak mungkin usaha yang dimungkinkan tempat dan aturan, lalu memilih kecocokan total tertinggi. Siapa cepat memberi tiap usaha, berurutan, mentor terbaik yang masih punya tempat; pilihan rakus mengambil pasangan paling cocok lebih dulu. Penugasan ini juga memenuhi target bertanda kuota wajib, yang bisa mengurangi sedikit kecocokan: tabel menunjukkan porsi tiap metode.
round-method = Metode
round-chart-served = Usaha terlayani
round-chart-fit = Kecocokan total
round-method-best = Penugasan terbaik
round-method-first-come = Siapa cepat dia dapat
round-method-greedy = Rakus, paling cocok dulu
round-percent = { $value }%
round-fairness = Target keadilan
round-group = Kelompok
round-target = Porsi minimum usaha terlayani
round-members = Usaha kelompok ini dalam putaran
round-held = Cara dipenuhi
round-held-quota = Sebagai kuota wajib
round-held-reported = Hanya dilaporkan
round-met = Tercapai
round-met-yes = Ya
round-met-no = Tidak
round-group-women-led = Usaha dipimpin perempuan
round-group-youth-led = Usaha dipimpin anak muda
round-no-pairs = Tidak ada pasangan yang bisa dibuat.
round-firm = Usaha
round-mentor = Mentor
round-score = Kecocokan
round-reasons = Alasan
round-answer = Jawaban
round-adjust = Sesuaikan
round-pinned = Disematkan
round-pin = Sematkan
round-forbid = Larang
round-answers = usaha: { $firm }, mentor: { $mentor }
round-answer-pending = belum
round-answer-accepted = diterima
round-answer-declined = ditolak
round-pair-waiting = Menunggu jawaban
round-pair-confirmed = Dikonfirmasi
round-pair-declined = Ditolak
round-pair-expired = Kedaluwarsa
round-why = Alasan
round-why-no-mentor-fits = Tidak ada mentor di kelompok yang bisa menerima usaha ini:
round-why-forbidden = Semua mentor yang bisa menerimanya dilarang untuk usaha ini.
round-by-hand = Sematan, pasangan terlarang, dan tempat
round-by-hand-none = Tidak ada yang disematkan atau dilarang secara manual.
round-unpin = Lepas sematan
round-forbidden = Dilarang
round-allow = Izinkan lagi
round-capacity = Tempat untuk putaran ini
round-capacity-change = Ubah tempat dan hitung ulang
round-rerun = Hitung ulang dengan bobot ini
round-publish = Terbitkan
round-publish-explained = Pemilik tiap usaha dan tiap mentor menerima usulan lewat email dalam bahasa mereka; tiap pihak menerima atau menolak sebelum batas waktu.
round-deadline = Jawaban paling lambat
round-publish-button = Terbitkan dan beri tahu kedua pihak
round-published = Diterbitkan: jawaban paling lambat { $date }
round-follow-up-explained = Putaran lanjutan mempertahankan pasangan yang dikonfirmasi, melarang yang ditolak, dan memasangkan ulang usaha lainnya.
round-follow-up = Mulai putaran lanjutan
proposals-heading = Pasangan Anda
proposals-explained = Program mengusulkan pasangan ini. Terima atau tolak masing-masing sebelum batas waktunya; kontak dibagikan setelah kedua pihak menerima.
proposals-none = Belum ada usulan untuk Anda.
proposals-programme = Program
proposals-contact = Kontak
proposals-accept = Terima
proposals-decline = Tolak
proposal-mentor-for = Mentor untuk { $firm }
round-pairs = { $count } pasangan diusulkan
round-unmatched = { $count } usaha belum dapat mentor
round-ruled-out-language = { $count } tidak menguasai bahasanya
round-ruled-out-region = { $count } tidak membimbing di wilayahnya
round-ruled-out-country = { $count } bekerja di negara lain
round-why-mentors-full = { $count } mentor yang bisa menerimanya sudah penuh oleh usaha yang dilayani.

# Mentoring sessions
session-heading = Sesi
session-held-on = Tanggal sesi
session-minutes = Durasi dalam menit
session-minutes-of = { $count } mnt
session-mode = Cara
session-mode-in-person = Tatap muka
session-mode-phone = Lewat telepon
session-mode-video = Lewat panggilan video
session-topics = Topik
session-topics-hint = Pisahkan dengan koma.
session-next-steps = Langkah berikutnya yang disepakati
session-log = Catat sesi
session-awaiting = Menunggu konfirmasi usaha
session-denied = Usaha menyatakan sesi tidak terjadi
session-confirmed = Dikonfirmasi oleh usaha
session-confirmed-rated = Dikonfirmasi oleh usaha, nilai { $rating } dari 5
session-rating = Seberapa berguna (5: sangat)
session-rating-none = Tanpa nilai
session-confirm-yes = Sesi ini terjadi
session-confirm-no = Sesi ini tidak terjadi
round-sessions-none = Belum ada sesi tercatat
round-sessions = Sesi: { $count } · { $hours } jam
round-sessions-last = terakhir { $date }
round-quiet = Tidak ada sesi selama 30 hari

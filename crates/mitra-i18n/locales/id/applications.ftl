# Mitra: applications to opportunities, their review and decision, and the email that
# tells a firm where its application stands.

## Where an application stands
application-status-draft = Draf
application-status-submitted = Diajukan
application-status-screened = Lolos penyaringan
application-status-in-review = Sedang ditinjau
application-status-approved = Disetujui
application-status-rejected = Tidak disetujui
application-status-withdrawn = Ditarik
application-status-waitlisted = Dalam daftar tunggu
## Why an application, or a step of it, was refused
refusal-not-now = Langkah ini tidak dapat dilakukan selama permohonan berstatus “{ $status }”.
refusal-not-your-step = Langkah ini bukan wewenang Anda untuk permohonan ini.
refusal-closed = Peluang ini sedang tidak menerima permohonan.
refusal-full = Peluang ini sudah membagikan semua kuota dan dananya.
refusal-already-applied = Usaha ini sudah mengajukan permohonan untuk peluang ini: buka permohonannya.
refusal-conflict-of-interest = Anda menyatakan benturan kepentingan dengan permohonan ini, jadi Anda tidak dapat menilai atau memutuskannya.
refusal-reviewed-it = Anda sudah menilai permohonan ini; program ini meminta orang lain yang memutuskannya.
refusal-not-eligible = Usaha ini tidak lagi memenuhi aturan peluang, jadi tidak dapat disetujui.
refusal-profile-incomplete = Profil usaha belum memuat angka yang dibutuhkan aturan: lengkapi profil, lalu ajukan lagi.
refusal-rubric-in-use = Sudah ada permohonan yang dinilai dengan rubrik ini, jadi rubrik tidak dapat diubah.
refusal-no-rubric = Peluang ini belum memiliki rubrik: mitranya harus menetapkannya sebelum ada penilaian.
## The email that tells a firm where its application stands; $opportunity is its title, $firm the firm's name
email-application-subject = { $opportunity }: { $status }
email-application-draft = Permohonan { $firm } untuk “{ $opportunity }” disimpan sebagai draf.
email-application-submitted = Permohonan { $firm } untuk “{ $opportunity }” telah diterima.
email-application-screened = Permohonan { $firm } untuk “{ $opportunity }” telah diterima, dan usaha ini memenuhi semua aturan peluang. Peninjau akan memeriksanya.
email-application-in-review = Seorang peninjau mulai menilai permohonan { $firm } untuk “{ $opportunity }”.
email-application-approved = Kabar baik: permohonan { $firm } untuk “{ $opportunity }” disetujui.
email-application-rejected = Permohonan { $firm } untuk “{ $opportunity }” tidak disetujui.
email-application-withdrawn = Permohonan { $firm } untuk “{ $opportunity }” telah ditarik.
email-application-waitlisted = Permohonan { $firm } untuk “{ $opportunity }” disetujui, tetapi semua kuota peluang sudah habis: permohonan masuk daftar tunggu dan akan disetujui begitu ada tempat kosong.
email-application-failed-criteria = Permohonan tidak memenuhi aturan peluang berikut:
email-application-see = Lihat permohonan dan riwayatnya di:

## Lists of applications: a firm's own, a reviewer's queue, an opportunity's
nav-applications = Permohonan
nav-my-applications = Permohonan saya
applications-heading = Permohonan
applications-heading-own = Permohonan usaha Anda
applications-heading-for = Permohonan untuk “{ $title }”
applications-status = Status
applications-any-status = Semua status
applications-awaiting = Menunggu keputusan
applications-without-conflicts = Sembunyikan yang saya nyatakan berbenturan kepentingan
applications-none = Tidak ada permohonan yang cocok.
applications-firm = Usaha
applications-opportunity = Peluang
applications-amount = Jumlah yang diminta
applications-submitted-on = Diajukan pada
applications-seats = Sisa kuota
applications-budget = Sisa anggaran
applications-of = { $left } dari { $all }
applications-waitlist-position = Urutan dalam daftar tunggu
applications-statement = Yang ditulis usaha
## One application
application-heading = { $firm }: “{ $opportunity }”
application-see-opportunity = Lihat peluang
application-screening = Aturan peluang
applications-screening-no-rules = Peluang belum memiliki aturan saat permohonan diajukan: semua usaha boleh mengajukan.
applications-screening-passed = Dinilai dengan versi { $version } aturan pada hari pengajuan: usaha memenuhi semua aturan.
applications-screening-failed = Dinilai dengan versi { $version } aturan pada hari pengajuan: usaha tidak memenuhi semua aturan.
application-submit = Ajukan permohonan
application-withdraw = Tarik permohonan
application-reviews = Tinjauan
application-no-reviews = Belum ada yang menilai.
application-reviewer = Peninjau
application-weighted = Nilai berbobot
application-comment = Komentar
application-conflict-declared = Menyatakan benturan kepentingan: tidak menilai
application-score-heading = Nilai Anda
application-weight = bobot { $weight }
application-choose-score = Pilih nilai
application-save-score = Simpan nilai saya
application-conflict-hint = Jika Anda mengenal usaha ini atau pemiliknya, atau dapat diuntungkan oleh keputusannya, nyatakan benturan kepentingan: Anda tidak akan menilai atau memutuskannya.
application-declare-conflict = Nyatakan benturan kepentingan
application-decide-heading = Keputusan
application-decide-hint = Persetujuan memeriksa aturan dan sisa kuota saat itu: jika sudah habis, permohonan masuk daftar tunggu.
application-approve = Setujui
application-reject = Tolak
application-history = Riwayat
application-no-history = Draf: belum diajukan.
## Applying, on the opportunity's page
opportunity-rubric = Rubrik penilaian
opportunity-applications = Permohonan
apply-heading = Ajukan permohonan
apply-already = { $firm } sudah mengajukan:
apply-see-application = Lihat permohonan
apply-amount = Jumlah yang Anda minta ({ $currency })
apply-statement = Mengapa usaha Anda mengajukan
apply-statement-hint = Untuk apa dan apa yang akan berubah, dalam beberapa kalimat.
apply-shares = Dengan mengajukan, staf mitra dan peninjau dapat melihat profil usaha Anda dan angka yang dibaca aturannya.
apply-submit = Ajukan permohonan
apply-save-draft = Simpan sebagai draf
apply-closed = Peluang ini sedang tidak menerima permohonan, jadi { $firm } tidak dapat mengajukan.
## The rubric editor
rubric-title = Rubrik penilaian
rubric-heading = Rubrik penilaian “{ $title }”
rubric-intro = Peninjau menilai setiap permohonan pada setiap kriteria; rata-rata berbobot nilainya ditunjukkan kepada pengambil keputusan. Rubrik dapat diubah sampai ada penilaian pertama.
rubric-saved = Rubrik disimpan.
rubric-criterion = Kriteria { $number }
rubric-key = Nama singkat
rubric-key-hint = Tetap sama, misalnya kelayakan; kosongkan satu kriteria untuk menghapusnya.
rubric-label-en = Yang ditanyakan, dalam bahasa Inggris
rubric-label-fr = Dalam bahasa Prancis
rubric-label-es = Dalam bahasa Spanyol
rubric-label-id = Dalam bahasa Indonesia
rubric-label-hi = Dalam bahasa Hindi
rubric-weight = Bobot, 1 sampai 10
rubric-scale = Nilai dari 1 sampai
rubric-separate = Penilai suatu permohonan tidak boleh memutuskannya
rubric-save = Simpan rubrik
application-see-firm = Lihat profil usaha

## Bulk decisions, run in the background
jobs-bulk-heading = Putuskan sekaligus
jobs-bulk-hint = Setiap permohonan yang lolos penyaringan atau sedang ditinjau diputuskan di latar belakang, seperti persetujuan atau penolakan satu per satu: aturan dan sisa kuota diperiksa untuk masing-masing, dan yang tidak muat masuk daftar tunggu.
jobs-bulk-approve = Setujui semua yang menunggu
jobs-bulk-reject = Tolak semua yang menunggu
jobs-nothing-title = Tidak ada yang perlu diputuskan
jobs-nothing-message = Tidak ada permohonan untuk peluang ini yang menunggu keputusan.
jobs-title = Keputusan massal
jobs-list-title = Keputusan massal
jobs-list-about = Persetujuan dan penolakan banyak permohonan sekaligus, dengan kemajuan dan laporannya.
jobs-none = Belum ada keputusan massal yang diminta.
jobs-approve = Setujui { $count } permohonan
jobs-reject = Tolak { $count } permohonan
jobs-running = Sedang berjalan
jobs-finished = Selesai
jobs-progress = { $handled } dari { $total } diproses
jobs-done = Diputuskan
jobs-skipped = Dibiarkan apa adanya (lihat laporan)
jobs-pending = Belum diproses
jobs-refreshes = Halaman ini memperbarui diri setiap beberapa detik sampai selesai.
jobs-report = Laporan, satu baris per permohonan (CSV)
jobs-all = Semua keputusan massal
jobs-what = Apa
jobs-asked = Diminta pada
jobs-state = Status

## An approved relief loan's schedule, on the application's page
loan-heading = Pinjaman Anda
loan-borrowed = Dipinjam
loan-forgivable = Dihapuskan jika sisanya dilunasi tepat waktu
loan-to-repay = Yang harus dilunasi agar tetap berlaku
loan-repay-by = Lunasi paling lambat
loan-refinanced = Dengan pembiayaan ulang
loan-refinanced-text = paling lambat { $date }, jika permohonan pembiayaan ulang diajukan paling lambat { $filed }
loan-otherwise = Jika tidak
loan-term = tidak ada yang dihapuskan dan pinjaman menjadi pinjaman berjangka: bunga { $interest } per tahun, pokok jatuh tempo { $due }
loan-next-repay = Berikutnya: lunasi { $amount } paling lambat { $date } agar bagian yang dihapuskan tetap berlaku.
loan-next-refinanced = Berikutnya: dengan permohonan pembiayaan ulang yang diajukan tepat waktu, lunasi { $amount } paling lambat { $date } agar bagian yang dihapuskan tetap berlaku.
loan-next-term = Berikutnya: pinjaman ini pinjaman berjangka; bunga { $interest } per tahun, pokok jatuh tempo { $due }.
loan-next-past = Pokok pinjaman berjangka jatuh tempo pada { $due }.
loan-assumes = Tanggal ini menganggap belum ada yang dilunasi; mengikuti ketentuan program yang diterbitkan.

## The rule-set editor
opportunity-rules-edit = Aturan kelayakan
rules-title = Aturan kelayakan
rules-heading = Aturan kelayakan “{ $title }”
rules-intro = Setiap kriteria adalah syarat bagi pemohon, ditulis dalam Common Expression Language; usaha harus memenuhi semuanya. Menyimpan membuat versi baru yang berlaku untuk permohonan sejak tanggalnya; versi sebelumnya tetap seperti semula.
rules-fields-summary = Apa yang dapat dibaca kriteria
rules-fields = kind, country, region, legal_form, founded_on, years_in_operation, operating_status, industry, isic_section, size_class, employees, turnover, investment, balance_sheet_total, women_led, youth_led, veteran_led, application_date, dan figures[2019].payroll, .non_deferrable_expenses, .turnover, .employees; dengan date("2020-03-01"), money(20000, "CAD"), == != < <= > >=, in [..], !, && dan ||.
rules-applies-from = Berlaku untuk permohonan sejak
rules-criterion = Kriteria { $number }
rules-key-hint = Tetap sama antarversi, misalnya di-kanada; kosongkan satu kriteria untuk menghapusnya.
rules-expression = Syarat
rules-expression-hint = Misalnya figures[2019].payroll > money(20000, "CAD")
rules-try-on = Coba aturan pada usaha ini
rules-try-nobody = Tidak ada usaha
rules-check = Periksa
rules-save = Simpan sebagai versi baru
rules-check-heading = Pemeriksaan
rules-not-checked = Aturan diperiksa sesaat setelah setiap perubahan, atau saat Anda menekan Periksa.
rules-all-good = Setiap kriteria dapat dinilai: aturan ini dapat disimpan.

# Match rounds' emails
email-proposal-subject = { $programme }: mentor untuk { $firm }
email-proposal-firm = Program { $programme } mengusulkan { $mentor } sebagai mentor { $firm }. Mohon terima atau tolak paling lambat { $deadline }; setelah kalian berdua menerima, kontak masing-masing akan terlihat.
email-proposal-subject-mentor = { $programme }: usaha yang diusulkan untuk Anda
email-proposal-mentor = Program { $programme } mengusulkan { $count } usaha untuk Anda bimbing: { $firms }. Mohon terima atau tolak masing-masing paling lambat { $deadline }.

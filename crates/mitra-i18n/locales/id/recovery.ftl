## Recovery: monthly reports, dashboards and the impact estimate

# Navigation
nav-monthly-report = Laporan bulanan
nav-recovery = Pemulihan

# The monthly report of an MSME
reports-title = Laporan bulanan
reports-heading = Bagaimana usaha Anda bulan ini?
reports-baseline = Sebelum krisis ({ $year }): penjualan { $monthly } per bulan
reports-saved = Terima kasih: laporan { $month } Anda sudah tersimpan.
reports-month = Bulan
reports-status = Apakah usaha buka?
reports-revenue = Penjualan bulan ini ({ $currency })
reports-revenue-hint = Angka saja, tanpa pemisah: 250000 atau 250000.50
reports-paid-employees = Karyawan yang digaji
reports-effect = Secara keseluruhan, bagaimana krisis memengaruhi usaha Anda?
reports-no-answer = Tidak menjawab
reports-change-revenue = Penjualan sejak laporan terakhir
reports-change-employees = Karyawan sejak laporan terakhir
reports-change-hours = Jam kerja sejak laporan terakhir
reports-actions = Apa yang Anda lakukan sejak laporan terakhir?
reports-send = Kirim laporan
reports-past = Laporan sebelumnya
reports-none = Belum ada laporan.
reports-revenue-short = Penjualan
reports-index = Indeks pemulihan
reports-gap = Kekurangan dari penjualan sebelum krisis
reports-jobs = Pekerjaan dipertahankan · baru
reports-jobs-value = { $kept } · { $new }
reports-index-explained = Indeks pemulihan membandingkan penjualan sebulan dengan seperdua belas penjualan tahun 2019: 100% berarti kembali seperti semula. Pekerjaan dihitung terhadap tahun 2019: yang dipertahankan, lalu yang baru di atasnya.

# The pulse survey's answers (after the US Census Bureau's Small Business Pulse Survey)
effect-large-negative = Dampak negatif besar
effect-moderate-negative = Dampak negatif sedang
effect-little-or-none = Sedikit atau tidak berdampak
effect-moderate-positive = Dampak positif sedang
effect-large-positive = Dampak positif besar
change-increased = Naik
change-no-change = Tetap
change-decreased = Turun
pulse-action-sought-financing = Mencari pembiayaan
pulse-action-new-suppliers = Mendapat pemasok baru
pulse-action-moved-online = Mulai berjualan daring
pulse-action-new-products = Menawarkan produk atau layanan baru
pulse-action-cut-hours = Mengurangi jam kerja
pulse-action-laid-off-staff = Memberhentikan karyawan
pulse-action-asked-for-public-help = Meminta bantuan pemerintah

# The recovery dashboard
recovery-title = Pemulihan
recovery-heading = Bagaimana usaha-usaha pulih
recovery-intro = Laporan bulanan semua usaha, dijumlahkan per bulan: penjualan dibandingkan sebelum krisis, bagian yang masih buka, dan pekerjaan. Pilih pembagian untuk membandingkan kelompok.
recovery-region = Wilayah
recovery-women-led = Dipimpin perempuan
recovery-not-women-led = Tidak dipimpin perempuan
recovery-youth-led = Dipimpin anak muda
recovery-not-youth-led = Tidak dipimpin anak muda
recovery-partnered = Bermitra
recovery-not-yet-partnered = Belum bermitra
recovery-yes = Ya
recovery-no = Tidak
recovery-from = Dari
recovery-to = Sampai
recovery-by = Bagi menurut
recovery-by-none = Tanpa pembagian
recovery-by-country = Negara
recovery-by-region = Wilayah
recovery-by-sector = Sektor
recovery-by-size-class = Kelas ukuran
recovery-by-women-led = Dipimpin perempuan atau tidak
recovery-by-youth-led = Dipimpin anak muda atau tidak
recovery-by-partnered = Bermitra atau belum
recovery-compare-partnered = Bandingkan usaha yang bermitra dengan yang belum
recovery-export-csv = Unduh tabel (CSV)
recovery-export-xlsx = Unduh tabel (Excel)
recovery-no-reports = Tidak ada laporan yang cocok dengan filter ini.
recovery-table = Angka yang sama dalam tabel
recovery-group = Kelompok
recovery-reports = Laporan
recovery-open = Buka
recovery-jobs-maintained = Pekerjaan dipertahankan
recovery-jobs-created = Pekerjaan baru
recovery-groups-explained = Laporan dihitung dalam kelompok usaha pada bulan itu; usaha dihitung bermitra sejak bulan mitra pertama kali menyetujuinya.
recovery-all-firms = Semua usaha
recovery-unknown-group = Tidak diketahui
recovery-chart-index = Indeks pemulihan: penjualan dibandingkan sebelum krisis
recovery-chart-open = Bagian usaha yang buka
recovery-chart-jobs = Pekerjaan dipertahankan dan baru
recovery-chart-summary = { $group }: { $first } pada { $first_month }, terendah { $low } pada { $low_month }, { $last } pada { $last_month }.
organization-monthly-reports = Laporan pemulihan bulanan
recovery-response-rate = { $reported } dari { $firms } usaha terdaftar melapor untuk { $month }, bulan terakhir yang dilaporkan ({ $share }).

// The benchmark's yardstick for widget.html: the same config.json, the same feed and the same sentence for the root unit
// over the year to date, written by hand with no framework, no validation and no polling. Only `npm run bench` serves it.
(function () {
  var root = document.getElementById('root');
  var count = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

  function rateText(numerator, denominator) {
    // Tenths of a percent rounded half up, never 100,0% with a late dossier nor 0,0% with an on-time one (FEED.md).
    var tenths = Math.floor((2000 * numerator + denominator) / (2 * denominator));
    if (tenths >= 1000 && numerator < denominator) tenths = 999;
    if (tenths <= 0 && numerator > 0) tenths = 1;
    return count.format(Math.floor(tenths / 10)) + ',' + (tenths % 10) + '%';
  }

  function dateTimeText(ms, timeZone) {
    var parts = {};
    new Intl.DateTimeFormat('vi-VN', {
      timeZone: timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(ms)
      .forEach(function (part) {
        parts[part.type] = part.value;
      });
    return parts.hour + ':' + parts.minute + ' ' + parts.day + '/' + parts.month + '/' + parts.year;
  }

  function paragraph(className, pieces) {
    var p = document.createElement('p');
    p.className = className;
    pieces.forEach(function (piece) {
      if (typeof piece === 'string') p.append(piece);
      else {
        var strong = document.createElement('strong');
        strong.textContent = piece.bold;
        p.append(strong);
      }
    });
    return p;
  }

  function show(feed, timeZone) {
    var roots = feed.units.filter(function (unit) {
      return !unit.parentId;
    });
    var name = roots.length === 1 ? roots[0].name : 'Tất cả đơn vị';
    var latest = '';
    feed.stats.forEach(function (row) {
      if (row.month > latest) latest = row.month;
    });
    var from = latest.slice(0, 4) + '-01';
    var received = 0;
    var resolved = 0;
    var onTime = 0;
    feed.stats.forEach(function (row) {
      if (row.month < from || row.month > latest) return;
      received += row.receivedOnline + row.receivedDirect + row.receivedPostal;
      resolved += row.resolvedEarly + row.resolvedOnTime + row.resolvedLate;
      onTime += row.resolvedEarly + row.resolvedOnTime;
    });
    var period = 'Đến tháng ' + Number(latest.slice(5, 7)) + '/' + latest.slice(0, 4);
    var section = document.createElement('section');
    section.className = 'widget__figures';
    section.append(
      paragraph('widget__lead', [period + ', ' + name + ' đã giải quyết ', { bold: rateText(onTime, resolved) }, ' hồ sơ đúng hạn.']),
      paragraph('widget__counts', [
        'Đã tiếp nhận: ',
        { bold: count.format(received) },
        '. Đã giải quyết: ',
        { bold: count.format(resolved) },
        '.',
      ]),
      paragraph('widget__updated', ['Tự động cập nhật vào lúc: ' + dateTimeText(Date.parse(feed.generatedAt), timeZone) + '.']),
    );
    root.replaceChildren(section);
  }

  fetch('config.json')
    .then(function (response) {
      return response.json();
    })
    .then(function (config) {
      return fetch(new URL(config.feedUrl, document.baseURI).href)
        .then(function (response) {
          return response.json();
        })
        .then(function (feed) {
          show(feed, config.timeZone || 'Asia/Ho_Chi_Minh');
        });
    })
    .catch(function () {
      root.textContent = 'Chưa tải được số liệu';
    });
})();

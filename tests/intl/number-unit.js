'use strict';
// Intl.NumberFormat style 'unit': simple and compound units, widths, plurals, parts,
// resolvedOptions and errors. Expected values are node 20's (full-icu) output.
const assert = require('assert');

function check(f, expected) {
  assert.deepStrictEqual(f(), expected, String(f));
}

function fails(f, name, message) {
  assert.throws(f, (e) => e.name === name && e.message === message, String(f));
}

// A unit in the three widths, for each of the values: "long | short | narrow" per value.
function widths(locale, unit, values) {
  return values.map((x) => ['long', 'short', 'narrow']
    .map((d) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: d }).format(x))
    .join(' | '));
}


// Sanctioned simple units in en, one and other
check(() => widths('en', 'acre', [1,2.5]),
  ["1 acre | 1 ac | 1ac","2.5 acres | 2.5 ac | 2.5ac"]);
check(() => widths('en', 'bit', [1,2.5]),
  ["1 bit | 1 bit | 1bit","2.5 bits | 2.5 bit | 2.5bit"]);
check(() => widths('en', 'byte', [1,2.5]),
  ["1 byte | 1 byte | 1B","2.5 bytes | 2.5 byte | 2.5B"]);
check(() => widths('en', 'celsius', [1,2.5]),
  ["1 degree Celsius | 1°C | 1°C","2.5 degrees Celsius | 2.5°C | 2.5°C"]);
check(() => widths('en', 'centimeter', [1,2.5]),
  ["1 centimeter | 1 cm | 1cm","2.5 centimeters | 2.5 cm | 2.5cm"]);
check(() => widths('en', 'day', [1,2.5]),
  ["1 day | 1 day | 1d","2.5 days | 2.5 days | 2.5d"]);
check(() => widths('en', 'degree', [1,2.5]),
  ["1 degree | 1 deg | 1°","2.5 degrees | 2.5 deg | 2.5°"]);
check(() => widths('en', 'fahrenheit', [1,2.5]),
  ["1 degree Fahrenheit | 1°F | 1°","2.5 degrees Fahrenheit | 2.5°F | 2.5°"]);
check(() => widths('en', 'fluid-ounce', [1,2.5]),
  ["1 fluid ounce | 1 fl oz | 1fl oz","2.5 fluid ounces | 2.5 fl oz | 2.5fl oz"]);
check(() => widths('en', 'foot', [1,2.5]),
  ["1 foot | 1 ft | 1′","2.5 feet | 2.5 ft | 2.5′"]);
check(() => widths('en', 'gallon', [1,2.5]),
  ["1 gallon | 1 gal | 1gal","2.5 gallons | 2.5 gal | 2.5gal"]);
check(() => widths('en', 'gigabit', [1,2.5]),
  ["1 gigabit | 1 Gb | 1Gb","2.5 gigabits | 2.5 Gb | 2.5Gb"]);
check(() => widths('en', 'gigabyte', [1,2.5]),
  ["1 gigabyte | 1 GB | 1GB","2.5 gigabytes | 2.5 GB | 2.5GB"]);
check(() => widths('en', 'gram', [1,2.5]),
  ["1 gram | 1 g | 1g","2.5 grams | 2.5 g | 2.5g"]);
check(() => widths('en', 'hectare', [1,2.5]),
  ["1 hectare | 1 ha | 1ha","2.5 hectares | 2.5 ha | 2.5ha"]);
check(() => widths('en', 'hour', [1,2.5]),
  ["1 hour | 1 hr | 1h","2.5 hours | 2.5 hr | 2.5h"]);
check(() => widths('en', 'inch', [1,2.5]),
  ["1 inch | 1 in | 1″","2.5 inches | 2.5 in | 2.5″"]);
check(() => widths('en', 'kilobit', [1,2.5]),
  ["1 kilobit | 1 kb | 1kb","2.5 kilobits | 2.5 kb | 2.5kb"]);
check(() => widths('en', 'kilobyte', [1,2.5]),
  ["1 kilobyte | 1 kB | 1kB","2.5 kilobytes | 2.5 kB | 2.5kB"]);
check(() => widths('en', 'kilogram', [1,2.5]),
  ["1 kilogram | 1 kg | 1kg","2.5 kilograms | 2.5 kg | 2.5kg"]);
check(() => widths('en', 'kilometer', [1,2.5]),
  ["1 kilometer | 1 km | 1km","2.5 kilometers | 2.5 km | 2.5km"]);
check(() => widths('en', 'liter', [1,2.5]),
  ["1 liter | 1 L | 1L","2.5 liters | 2.5 L | 2.5L"]);
check(() => widths('en', 'megabit', [1,2.5]),
  ["1 megabit | 1 Mb | 1Mb","2.5 megabits | 2.5 Mb | 2.5Mb"]);
check(() => widths('en', 'megabyte', [1,2.5]),
  ["1 megabyte | 1 MB | 1MB","2.5 megabytes | 2.5 MB | 2.5MB"]);
check(() => widths('en', 'meter', [1,2.5]),
  ["1 meter | 1 m | 1m","2.5 meters | 2.5 m | 2.5m"]);
check(() => widths('en', 'microsecond', [1,2.5]),
  ["1 microsecond | 1 μs | 1μs","2.5 microseconds | 2.5 μs | 2.5μs"]);
check(() => widths('en', 'mile', [1,2.5]),
  ["1 mile | 1 mi | 1mi","2.5 miles | 2.5 mi | 2.5mi"]);
check(() => widths('en', 'mile-scandinavian', [1,2.5]),
  ["1 mile-scandinavian | 1 smi | 1smi","2.5 miles-scandinavian | 2.5 smi | 2.5smi"]);
check(() => widths('en', 'milliliter', [1,2.5]),
  ["1 milliliter | 1 mL | 1mL","2.5 milliliters | 2.5 mL | 2.5mL"]);
check(() => widths('en', 'millimeter', [1,2.5]),
  ["1 millimeter | 1 mm | 1mm","2.5 millimeters | 2.5 mm | 2.5mm"]);
check(() => widths('en', 'millisecond', [1,2.5]),
  ["1 millisecond | 1 ms | 1ms","2.5 milliseconds | 2.5 ms | 2.5ms"]);
check(() => widths('en', 'minute', [1,2.5]),
  ["1 minute | 1 min | 1m","2.5 minutes | 2.5 min | 2.5m"]);
check(() => widths('en', 'month', [1,2.5]),
  ["1 month | 1 mth | 1m","2.5 months | 2.5 mths | 2.5m"]);
check(() => widths('en', 'nanosecond', [1,2.5]),
  ["1 nanosecond | 1 ns | 1ns","2.5 nanoseconds | 2.5 ns | 2.5ns"]);
check(() => widths('en', 'ounce', [1,2.5]),
  ["1 ounce | 1 oz | 1oz","2.5 ounces | 2.5 oz | 2.5oz"]);
check(() => widths('en', 'percent', [1,2.5]),
  ["1 percent | 1% | 1%","2.5 percent | 2.5% | 2.5%"]);
check(() => widths('en', 'petabyte', [1,2.5]),
  ["1 petabyte | 1 PB | 1PB","2.5 petabytes | 2.5 PB | 2.5PB"]);
check(() => widths('en', 'pound', [1,2.5]),
  ["1 pound | 1 lb | 1#","2.5 pounds | 2.5 lb | 2.5#"]);
check(() => widths('en', 'second', [1,2.5]),
  ["1 second | 1 sec | 1s","2.5 seconds | 2.5 sec | 2.5s"]);
check(() => widths('en', 'stone', [1,2.5]),
  ["1 stone | 1 st | 1st","2.5 stones | 2.5 st | 2.5st"]);
check(() => widths('en', 'terabit', [1,2.5]),
  ["1 terabit | 1 Tb | 1Tb","2.5 terabits | 2.5 Tb | 2.5Tb"]);
check(() => widths('en', 'terabyte', [1,2.5]),
  ["1 terabyte | 1 TB | 1TB","2.5 terabytes | 2.5 TB | 2.5TB"]);
check(() => widths('en', 'week', [1,2.5]),
  ["1 week | 1 wk | 1w","2.5 weeks | 2.5 wks | 2.5w"]);
check(() => widths('en', 'yard', [1,2.5]),
  ["1 yard | 1 yd | 1yd","2.5 yards | 2.5 yd | 2.5yd"]);
check(() => widths('en', 'year', [1,2.5]),
  ["1 year | 1 yr | 1y","2.5 years | 2.5 yrs | 2.5y"]);

// The brief's examples, and the locale methods
check(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'kilobyte', unitDisplay: 'long' }).format(1.5),
  "1.5 kilobytes");
check(() => (3).toLocaleString('en', { style: 'unit', unit: 'kilometer-per-hour' }),
  "3 km/h");
check(() => (1234.5).toLocaleString('en-US', { style: 'unit', unit: 'mile-per-hour', unitDisplay: 'long' }),
  "1,234.5 miles per hour");
check(() => (5n).toLocaleString('en', { style: 'unit', unit: 'terabyte', unitDisplay: 'long' }),
  "5 terabytes");

// Compound units: CLDR names (km/h, mpg), "per" patterns (kB/s), and the compound pattern (gal/mi)
check(() => widths('en', 'kilometer-per-hour', [1,2]),
  ["1 kilometer per hour | 1 km/h | 1km/h","2 kilometers per hour | 2 km/h | 2km/h"]);
check(() => widths('en', 'mile-per-hour', [1,2]),
  ["1 mile per hour | 1 mph | 1mph","2 miles per hour | 2 mph | 2mph"]);
check(() => widths('en', 'meter-per-second', [1,2]),
  ["1 meter per second | 1 m/s | 1m/s","2 meters per second | 2 m/s | 2m/s"]);
check(() => widths('en', 'liter-per-kilometer', [1,2]),
  ["1 liter per kilometer | 1 L/km | 1L/km","2 liters per kilometer | 2 L/km | 2L/km"]);
check(() => widths('en', 'mile-per-gallon', [1,2]),
  ["1 mile per gallon | 1 mpg | 1mpg","2 miles per gallon | 2 mpg | 2mpg"]);
check(() => widths('en', 'kilobyte-per-second', [1,2]),
  ["1 kilobyte per second | 1 kB/s | 1kB/s","2 kilobytes per second | 2 kB/s | 2kB/s"]);
check(() => widths('en', 'megabit-per-second', [1,2]),
  ["1 megabit per second | 1 Mb/s | 1Mb/s","2 megabits per second | 2 Mb/s | 2Mb/s"]);
check(() => widths('en', 'gigabyte-per-day', [1,2]),
  ["1 gigabyte per day | 1 GB/d | 1GB/d","2 gigabytes per day | 2 GB/d | 2GB/d"]);
check(() => widths('en', 'gallon-per-mile', [1,2]),
  ["1 gallon per mile | 1 gal/mi | 1gal/mi","2 gallons per mile | 2 gal/mi | 2gal/mi"]);
check(() => widths('en', 'kilogram-per-liter', [1,2]),
  ["1 kilogram per liter | 1 kg/L | 1kg/L","2 kilograms per liter | 2 kg/L | 2kg/L"]);
check(() => widths('en', 'foot-per-second', [1,2]),
  ["1 foot per second | 1 ft/s | 1′/s","2 feet per second | 2 ft/s | 2′/s"]);
check(() => widths('en', 'second-per-meter', [1,2]),
  ["1 second per meter | 1 sec/m | 1s/m","2 seconds per meter | 2 sec/m | 2s/m"]);
check(() => widths('en', 'byte-per-second', [1,2]),
  ["1 byte per second | 1 byte/s | 1B/s","2 bytes per second | 2 byte/s | 2B/s"]);

// Other locales (de, fr, ja first), with their plural forms
check(() => widths('de', 'kilometer', [1,2]),
  ["1 Kilometer | 1 km | 1 km","2 Kilometer | 2 km | 2 km"]);
check(() => widths('de', 'kilobyte', [1,2]),
  ["1 Kilobyte | 1 kB | 1 kB","2 Kilobyte | 2 kB | 2 kB"]);
check(() => widths('de', 'hour', [1,2]),
  ["1 Stunde | 1 Std. | 1h","2 Stunden | 2 Std. | 2h"]);
check(() => widths('de', 'celsius', [1,2]),
  ["1 Grad Celsius | 1 °C | 1 °C","2 Grad Celsius | 2 °C | 2 °C"]);
check(() => widths('de', 'kilometer-per-hour', [1,2]),
  ["1 Kilometer pro Stunde | 1 km/h | 1 km/h","2 Kilometer pro Stunde | 2 km/h | 2 km/h"]);
check(() => widths('de', 'gigabyte-per-day', [1,2]),
  ["1 Gigabyte pro Tag | 1 GB/T | 1 GB/T","2 Gigabyte pro Tag | 2 GB/T | 2 GB/T"]);
check(() => widths('de', 'percent', [1,2]),
  ["1 Prozent | 1 % | 1 %","2 Prozent | 2 % | 2 %"]);
check(() => widths('fr', 'kilometer', [1,2,1000000]),
  ["1 kilomètre | 1 km | 1km","2 kilomètres | 2 km | 2km","1 000 000 kilomètres | 1 000 000 km | 1 000 000km"]);
check(() => widths('fr', 'kilobyte', [1,2,1000000]),
  ["1 kilooctet | 1 ko | 1ko","2 kilooctets | 2 ko | 2ko","1 000 000 kilooctets | 1 000 000 ko | 1 000 000ko"]);
check(() => widths('fr', 'hour', [1,2,1000000]),
  ["1 heure | 1 h | 1h","2 heures | 2 h | 2h","1 000 000 heures | 1 000 000 h | 1 000 000h"]);
check(() => widths('fr', 'celsius', [1,2,1000000]),
  ["1 degré Celsius | 1 °C | 1°C","2 degrés Celsius | 2 °C | 2°C","1 000 000 degrés Celsius | 1 000 000 °C | 1 000 000°C"]);
check(() => widths('fr', 'kilometer-per-hour', [1,2,1000000]),
  ["1 kilomètre par heure | 1 km/h | 1km/h","2 kilomètres par heure | 2 km/h | 2km/h","1 000 000 kilomètres par heure | 1 000 000 km/h | 1 000 000km/h"]);
check(() => widths('fr', 'gigabyte-per-day', [1,2,1000000]),
  ["1 gigaoctet par jour | 1 Go/j | 1Go/j","2 gigaoctets par jour | 2 Go/j | 2Go/j","1 000 000 gigaoctets par jour | 1 000 000 Go/j | 1 000 000Go/j"]);
check(() => widths('fr', 'percent', [1,2,1000000]),
  ["1 pour cent | 1 % | 1 %","2 pour cent | 2 % | 2 %","1 000 000 pour cent | 1 000 000 % | 1 000 000 %"]);
check(() => widths('ja', 'kilometer', [1,2]),
  ["1 キロメートル | 1 km | 1km","2 キロメートル | 2 km | 2km"]);
check(() => widths('ja', 'kilobyte', [1,2]),
  ["1 キロバイト | 1 KB | 1KB","2 キロバイト | 2 KB | 2KB"]);
check(() => widths('ja', 'hour', [1,2]),
  ["1 時間 | 1 時間 | 1h","2 時間 | 2 時間 | 2h"]);
check(() => widths('ja', 'celsius', [1,2]),
  ["摂氏 1 度 | 1°C | 1°C","摂氏 2 度 | 2°C | 2°C"]);
check(() => widths('ja', 'kilometer-per-hour', [1,2]),
  ["時速 1 キロメートル | 1 km/h | 1km/h","時速 2 キロメートル | 2 km/h | 2km/h"]);
check(() => widths('ja', 'gigabyte-per-day', [1,2]),
  ["1 ギガバイト/日 | 1 GB/日 | 1GB/日","2 ギガバイト/日 | 2 GB/日 | 2GB/日"]);
check(() => widths('ja', 'percent', [1,2]),
  ["1 パーセント | 1% | 1%","2 パーセント | 2% | 2%"]);
check(() => widths('es', 'kilometer', [1,2]),
  ["1 kilómetro | 1 km | 1km","2 kilómetros | 2 km | 2km"]);
check(() => widths('es', 'kilobyte', [1,2]),
  ["1 kilobyte | 1 kB | 1kB","2 kilobytes | 2 kB | 2kB"]);
check(() => widths('es', 'hour', [1,2]),
  ["1 hora | 1 h | 1h","2 horas | 2 h | 2h"]);
check(() => widths('es', 'celsius', [1,2]),
  ["1 grado Celsius | 1 °C | 1°C","2 grados Celsius | 2 °C | 2°C"]);
check(() => widths('es', 'kilometer-per-hour', [1,2]),
  ["1 kilómetro por hora | 1 km/h | 1km/h","2 kilómetros por hora | 2 km/h | 2km/h"]);
check(() => widths('es', 'gigabyte-per-day', [1,2]),
  ["1 gigabyte por día | 1 GB/d | 1GB/d","2 gigabytes por día | 2 GB/d | 2GB/d"]);
check(() => widths('es', 'percent', [1,2]),
  ["1 por ciento | 1 % | 1 %","2 por ciento | 2 % | 2 %"]);
check(() => widths('en-GB', 'kilometer', [1,2]),
  ["1 kilometre | 1 km | 1km","2 kilometres | 2 km | 2km"]);
check(() => widths('en-GB', 'kilobyte', [1,2]),
  ["1 kilobyte | 1 kB | 1kB","2 kilobytes | 2 kB | 2kB"]);
check(() => widths('en-GB', 'hour', [1,2]),
  ["1 hour | 1 hr | 1h","2 hours | 2 hrs | 2h"]);
check(() => widths('en-GB', 'celsius', [1,2]),
  ["1 degree Celsius | 1°C | 1°C","2 degrees Celsius | 2°C | 2°C"]);
check(() => widths('en-GB', 'kilometer-per-hour', [1,2]),
  ["1 kilometre per hour | 1 km/h | 1km/h","2 kilometres per hour | 2 km/h | 2km/h"]);
check(() => widths('en-GB', 'gigabyte-per-day', [1,2]),
  ["1 gigabyte per day | 1 GB/d | 1GB/d","2 gigabytes per day | 2 GB/d | 2GB/d"]);
check(() => widths('en-GB', 'percent', [1,2]),
  ["1 per cent | 1% | 1%","2 per cent | 2% | 2%"]);
check(() => widths('pl', 'kilometer', [1,2,5,1.5]),
  ["1 kilometr | 1 km | 1 km","2 kilometry | 2 km | 2 km","5 kilometrów | 5 km | 5 km","1,5 kilometra | 1,5 km | 1,5 km"]);
check(() => widths('pl', 'kilobyte', [1,2,5,1.5]),
  ["1 kilobajt | 1 kB | 1 kB","2 kilobajty | 2 kB | 2 kB","5 kilobajtów | 5 kB | 5 kB","1,5 kilobajta | 1,5 kB | 1,5 kB"]);
check(() => widths('pl', 'hour', [1,2,5,1.5]),
  ["1 godzina | 1 godz. | 1 h","2 godziny | 2 godz. | 2 h","5 godzin | 5 godz. | 5 h","1,5 godziny | 1,5 godz. | 1,5 h"]);
check(() => widths('pl', 'celsius', [1,2,5,1.5]),
  ["1 stopień Celsjusza | 1 st. C | 1°C","2 stopnie Celsjusza | 2 st. C | 2°C","5 stopni Celsjusza | 5 st. C | 5°C","1,5 stopnia Celsjusza | 1,5 st. C | 1,5°C"]);
check(() => widths('pl', 'kilometer-per-hour', [1,2,5,1.5]),
  ["1 kilometr na godzinę | 1 km/godz. | 1 km/h","2 kilometry na godzinę | 2 km/godz. | 2 km/h","5 kilometrów na godzinę | 5 km/godz. | 5 km/h","1,5 kilometra na godzinę | 1,5 km/godz. | 1,5km/h"]);
check(() => widths('pl', 'gigabyte-per-day', [1,2,5,1.5]),
  ["1 gigabajt na dobę | 1 GB/dobę | 1 GB/d.","2 gigabajty na dobę | 2 GB/dobę | 2 GB/d.","5 gigabajtów na dobę | 5 GB/dobę | 5 GB/d.","1,5 gigabajta na dobę | 1,5 GB/dobę | 1,5 GB/d."]);
check(() => widths('pl', 'percent', [1,2,5,1.5]),
  ["1 procent | 1% | 1%","2 procent | 2% | 2%","5 procent | 5% | 5%","1,5 procent | 1,5% | 1,5%"]);
check(() => widths('ru', 'kilometer', [1,2,5,1.5]),
  ["1 километр | 1 км | 1 км","2 километра | 2 км | 2 км","5 километров | 5 км | 5 км","1,5 километра | 1,5 км | 1,5 км"]);
check(() => widths('ru', 'kilobyte', [1,2,5,1.5]),
  ["1 килобайт | 1 кБ | 1 кБ","2 килобайта | 2 кБ | 2 кБ","5 килобайт | 5 кБ | 5 кБ","1,5 килобайта | 1,5 кБ | 1,5 кБ"]);
check(() => widths('ru', 'hour', [1,2,5,1.5]),
  ["1 час | 1 ч | 1 ч","2 часа | 2 ч | 2 ч","5 часов | 5 ч | 5 ч","1,5 часа | 1,5 ч | 1,5 ч"]);
check(() => widths('ru', 'celsius', [1,2,5,1.5]),
  ["1 градус Цельсия | 1 °C | 1 °C","2 градуса Цельсия | 2 °C | 2 °C","5 градусов Цельсия | 5 °C | 5 °C","1,5 градуса Цельсия | 1,5 °C | 1,5 °C"]);
check(() => widths('ru', 'kilometer-per-hour', [1,2,5,1.5]),
  ["1 километр в час | 1 км/ч | 1 км/ч","2 километра в час | 2 км/ч | 2 км/ч","5 километров в час | 5 км/ч | 5 км/ч","1,5 километра в час | 1,5 км/ч | 1,5 км/ч"]);
check(() => widths('ru', 'gigabyte-per-day', [1,2,5,1.5]),
  ["1 гигабайт в день | 1 ГБ/д | 1 ГБ/д.","2 гигабайта в день | 2 ГБ/д | 2 ГБ/д.","5 гигабайт в день | 5 ГБ/д | 5 ГБ/д.","1,5 гигабайта в день | 1,5 ГБ/д | 1,5 ГБ/д."]);
check(() => widths('ru', 'percent', [1,2,5,1.5]),
  ["1 процент | 1 % | 1 %","2 процента | 2 % | 2 %","5 процентов | 5 % | 5 %","1,5 процента | 1,5 % | 1,5 %"]);
check(() => widths('ar', 'kilometer', [0,1,2,3,11,100]),
  ["0 كيلومتر | 0 كم | 0 كم","1 كيلومتر | 1 كم | 1 كم","2 كيلومتر | 2 كم | 2 كم","3 كيلومترات | 3 كم | 3 كم","11 كيلومترًا | 11 كم | 11 كم","100 كيلومتر | 100 كم | 100 كم"]);
check(() => widths('ar', 'kilobyte', [0,1,2,3,11,100]),
  ["0 كيلوبايت | 0 كيلوبايت | 0 ك.ب","1 كيلوبايت | 1 كيلوبايت | 1 ك.ب","2 كيلوبايت | 2 كيلوبايت | 2 ك.ب","3 كيلوبايت | 3 كيلوبايت | 3 ك.ب","11 كيلوبايت | 11 كيلوبايت | 11 ك.ب","100 كيلوبايت | 100 كيلوبايت | 100 ك.ب"]);
check(() => widths('ar', 'hour', [0,1,2,3,11,100]),
  ["0 ساعة | 0 س | 0 س","ساعة | 1 س | 1 س","ساعتان | 2 س | 2 س","3 ساعات | 3 س | 3 س","11 ساعة | 11 س | 11 س","100 ساعة | 100 س | 100 س"]);
check(() => widths('ar', 'celsius', [0,1,2,3,11,100]),
  ["0 درجة مئوية | 0°م | 0°م","1 درجة مئوية | 1°م | 1°م","2 درجة مئوية | 2°م | 2°م","3 درجة مئوية | 3°م | 3°م","11 درجة مئوية | 11°م | 11°م","100 درجة مئوية | 100°م | 100°م"]);
check(() => widths('ar', 'kilometer-per-hour', [0,1,2,3,11,100]),
  ["0 كيلومتر في الساعة | 0 كم/س | 0 كم/س","1 كيلومتر في الساعة | 1 كم/س | 1 كم/س","2 كيلومتر في الساعة | 2 كم/س | 2 كم/س","3 كيلومتر في الساعة | 3 كم/س | 3 كم/س","11 كيلومتر في الساعة | 11 كم/س | 11 كم/س","100 كيلومتر في الساعة | 100 كم/س | 100 كم/س"]);
check(() => widths('ar', 'gigabyte-per-day', [0,1,2,3,11,100]),
  ["0 غيغابايت في اليوم | 0 غ.ب/ي | 0 غ.ب/ي","1 غيغابايت في اليوم | 1 غ.ب/ي | 1 غ.ب/ي","2 غيغابايت في اليوم | 2 غ.ب/ي | 2 غ.ب/ي","3 غيغابايت في اليوم | 3 غ.ب/ي | 3 غ.ب/ي","11 غيغابايت في اليوم | 11 غ.ب/ي | 11 غ.ب/ي","100 غيغابايت في اليوم | 100 غ.ب/ي | 100 غ.ب/ي"]);
check(() => widths('ar', 'percent', [0,1,2,3,11,100]),
  ["0٪ | 0‎%‎ | 0‎%‎","1 بالمائة | 1‎%‎ | 1‎%‎","2٪ | 2‎%‎ | 2‎%‎","3٪ | 3‎%‎ | 3‎%‎","11٪ | 11‎%‎ | 11‎%‎","100 بالمائة | 100‎%‎ | 100‎%‎"]);
check(() => widths('zh-TW', 'kilometer', [2]),
  ["2 公里 | 2 公里 | 2公里"]);
check(() => widths('zh-TW', 'kilobyte', [2]),
  ["2 kB | 2 kB | 2kB"]);
check(() => widths('zh-TW', 'hour', [2]),
  ["2 小時 | 2 小時 | 2 小時"]);
check(() => widths('zh-TW', 'celsius', [2]),
  ["攝氏 2 度 | 2°C | 2°C"]);
check(() => widths('zh-TW', 'kilometer-per-hour', [2]),
  ["每小時 2 公里 | 2 公里/小時 | 2公里/小時"]);
check(() => widths('zh-TW', 'gigabyte-per-day', [2]),
  ["每天 2 GB | 2 GB/天 | 2GB/天"]);
check(() => widths('zh-TW', 'percent', [2]),
  ["2% | 2% | 2%"]);
check(() => widths('ko', 'kilometer', [2]),
  ["2킬로미터 | 2km | 2km"]);
check(() => widths('ko', 'kilobyte', [2]),
  ["2킬로바이트 | 2kB | 2kB"]);
check(() => widths('ko', 'hour', [2]),
  ["2시간 | 2시간 | 2시간"]);
check(() => widths('ko', 'celsius', [2]),
  ["섭씨 2도 | 2°C | 2°C"]);
check(() => widths('ko', 'kilometer-per-hour', [2]),
  ["시속 2킬로미터 | 2km/h | 2km/h"]);
check(() => widths('ko', 'gigabyte-per-day', [2]),
  ["일당 2기가바이트 | 2GB/일 | 2GB/일"]);
check(() => widths('ko', 'percent', [2]),
  ["2% | 2% | 2%"]);

// formatToParts: the unit is a "unit" part, the spaces around the number literals
check(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'kilometer-per-hour', unitDisplay: 'long' }).formatToParts(-1234.5),
  [{"type":"minusSign","value":"-"},{"type":"integer","value":"1"},{"type":"group","value":","},{"type":"integer","value":"234"},{"type":"decimal","value":"."},{"type":"fraction","value":"5"},{"type":"literal","value":" "},{"type":"unit","value":"kilometers per hour"}]);
check(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'percent' }).formatToParts(5),
  [{"type":"integer","value":"5"},{"type":"unit","value":"%"}]);
check(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'celsius', unitDisplay: 'long' }).formatToParts(21),
  [{"type":"integer","value":"21"},{"type":"literal","value":" "},{"type":"unit","value":"degrees Celsius"}]);
check(() => new Intl.NumberFormat('ja', { style: 'unit', unit: 'kilometer-per-hour', unitDisplay: 'long' }).formatToParts(1.5),
  [{"type":"unit","value":"時速"},{"type":"literal","value":" "},{"type":"integer","value":"1"},{"type":"decimal","value":"."},{"type":"fraction","value":"5"},{"type":"literal","value":" "},{"type":"unit","value":"キロメートル"}]);
check(() => new Intl.NumberFormat('de', { style: 'unit', unit: 'gigabyte-per-day', unitDisplay: 'long' }).formatToParts(1.5),
  [{"type":"integer","value":"1"},{"type":"decimal","value":","},{"type":"fraction","value":"5"},{"type":"literal","value":" "},{"type":"unit","value":"Gigabyte pro Tag"}]);
check(() => new Intl.NumberFormat('fr', { style: 'unit', unit: 'kilobyte', unitDisplay: 'long' }).formatToParts(1000000),
  [{"type":"integer","value":"1"},{"type":"group","value":" "},{"type":"integer","value":"000"},{"type":"group","value":" "},{"type":"integer","value":"000"},{"type":"literal","value":" "},{"type":"unit","value":"kilooctets"}]);
check(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'kilometer', notation: 'compact' }).formatToParts(1500),
  [{"type":"integer","value":"1"},{"type":"decimal","value":"."},{"type":"fraction","value":"5"},{"type":"compact","value":"K"},{"type":"literal","value":" "},{"type":"unit","value":"km"}]);
check(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'kilometer', notation: 'compact', compactDisplay: 'long', unitDisplay: 'long' }).formatToParts(1500),
  [{"type":"integer","value":"1"},{"type":"decimal","value":"."},{"type":"fraction","value":"5"},{"type":"literal","value":" "},{"type":"compact","value":"thousand"},{"type":"literal","value":" "},{"type":"unit","value":"kilometers"}]);
check(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'meter', signDisplay: 'always' }).formatToParts(1),
  [{"type":"plusSign","value":"+"},{"type":"integer","value":"1"},{"type":"literal","value":" "},{"type":"unit","value":"m"}]);
check(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'liter', unitDisplay: 'long' }).formatToParts(NaN),
  [{"type":"nan","value":"NaN"},{"type":"literal","value":" "},{"type":"unit","value":"liters"}]);

// The plural form follows the digits shown
check(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'liter', unitDisplay: 'long' }).format(Infinity),
  "∞ liters");
check(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'liter', unitDisplay: 'long', minimumFractionDigits: 2 }).format(1),
  "1.00 liters");
check(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'liter', unitDisplay: 'long' }).format('1.00'),
  "1 liter");
check(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'kilometer', unitDisplay: 'long', maximumFractionDigits: 0 }).format(1.2),
  "1 kilometer");
check(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'kilometer', notation: 'scientific', unitDisplay: 'long' }).format(1),
  "1E0 kilometer");
check(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'kilometer', notation: 'compact', unitDisplay: 'long' }).format(1000),
  "1K kilometers");

// resolvedOptions
check(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'kilometer-per-hour' }).resolvedOptions(),
  {"locale":"en","numberingSystem":"latn","style":"unit","unit":"kilometer-per-hour","unitDisplay":"short","minimumIntegerDigits":1,"minimumFractionDigits":0,"maximumFractionDigits":3,"useGrouping":"auto","notation":"standard","signDisplay":"auto","roundingMode":"halfExpand","roundingIncrement":1,"trailingZeroDisplay":"auto","roundingPriority":"auto"});
check(() => Object.keys(new Intl.NumberFormat('de', { style: 'unit', unit: 'byte', unitDisplay: 'narrow' }).resolvedOptions()),
  ["locale","numberingSystem","style","unit","unitDisplay","minimumIntegerDigits","minimumFractionDigits","maximumFractionDigits","useGrouping","notation","signDisplay","roundingMode","roundingIncrement","trailingZeroDisplay","roundingPriority"]);
check(() => new Intl.NumberFormat('de', { style: 'unit', unit: 'byte', unitDisplay: 'narrow' }).resolvedOptions().unitDisplay,
  "narrow");
check(() => new Intl.NumberFormat('en', { unit: 'meter' }).resolvedOptions().unit,
  undefined);

// Errors
fails(() => new Intl.NumberFormat('en', { style: 'unit' }),
  "TypeError", "Invalid unit argument for Intl.NumberFormat() ''");
fails(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'furlong' }),
  "RangeError", "Invalid unit argument for Intl.NumberFormat() 'furlong'");
fails(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'kilometer-per-furlong' }),
  "RangeError", "Invalid unit argument for Intl.NumberFormat() 'kilometer-per-furlong'");
fails(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'KILOMETER' }),
  "RangeError", "Invalid unit argument for Intl.NumberFormat() 'KILOMETER'");
fails(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'kilometer-per-hour-per-second' }),
  "RangeError", "Invalid unit argument for Intl.NumberFormat() 'kilometer-per-hour-per-second'");
fails(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'square-meter' }),
  "RangeError", "Invalid unit argument for Intl.NumberFormat() 'square-meter'");
fails(() => new Intl.NumberFormat('en', { style: 'unit', unit: '' }),
  "RangeError", "Invalid unit argument for Intl.NumberFormat() ''");
fails(() => new Intl.NumberFormat('en', { unit: 'furlong' }),
  "RangeError", "Invalid unit argument for Intl.NumberFormat() 'furlong'");
fails(() => new Intl.NumberFormat('en', { style: 'unit', unit: 'meter', unitDisplay: 'wide' }),
  "RangeError", "Value wide out of range for Intl.NumberFormat options property unitDisplay");
fails(() => Intl.NumberFormat('en', { style: 'unit', unit: 'x' }),
  "RangeError", "Invalid unit argument for Intl.NumberFormat() 'x'");
fails(() => (3).toLocaleString('en', { style: 'unit' }),
  "TypeError", "Invalid unit argument for Number.prototype.toLocaleString() ''");
fails(() => (3).toLocaleString('en', { style: 'unit', unit: 'x' }),
  "RangeError", "Invalid unit argument for Number.prototype.toLocaleString() 'x'");
fails(() => (3n).toLocaleString('en', { style: 'unit', unit: 'x' }),
  "RangeError", "Invalid unit argument for BigInt.prototype.toLocaleString() 'x'");

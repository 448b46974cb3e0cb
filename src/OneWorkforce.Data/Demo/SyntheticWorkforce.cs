using System.Globalization;
using System.Text;
using OneWorkforce.Core.Workforce;

namespace OneWorkforce.Data.Demo;

/// <summary>
/// Writes a made-up but plausible workforce as upload files (organisations, workers, training records),
/// the same every time for the same seed: the demo area's data and the benchmark's million rows.
/// Nurseries are mostly women qualified at level 2 or 3, scout groups are volunteers, schools are large;
/// about one in six people left in the last year; ages, ethnicity and service follow plausible spreads.
/// </summary>
public sealed class SyntheticWorkforce(int seed, DateOnly today)
{
    private sealed record Kind(string Prefix, string Name, string Sector, string Categories, string WorkforceSector, int MinSize, int MaxSize,
        double Volunteers, double FemaleShare, string[] Roles, string AgeRanges);

    private static readonly Kind[] Kinds =
    [
        new("EY", "Day Nursery", "private", "early-years", "early-years", 8, 45, 0.03, 0.96, ["early-years-worker", "early-years-worker", "early-years-worker", "childcare-playworker", "manager"], "0-4"),
        new("PS", "Pre-school", "voluntary", "early-years", "early-years", 4, 15, 0.25, 0.95, ["early-years-worker", "childcare-playworker", "manager"], "0-4"),
        new("URN", "Primary School", "maintained", "children-5-11;special-education", "education", 25, 110, 0.05, 0.85, ["school-workforce", "school-workforce", "learning-support-assistant", "senco", "learning-mentor"], "5-11"),
        new("YC", "Youth Project", "voluntary", "youth;young-people-12", "youth-services", 5, 30, 0.45, 0.55, ["payp-worker", "connexions-personal-adviser", "community-worker", "manager"], "12-19"),
        new("SG", "Scout Group", "voluntary", "uniformed;children-5-11;young-people-12", "sport-leisure-play", 5, 20, 0.95, 0.45, ["payp-worker", "home-visitor-mentor", "other"], "5-11;12-19"),
        new("FS", "Family Support Service", "voluntary", "family-support", "social-care", 6, 40, 0.2, 0.85, ["vcs-social-care-worker", "home-visitor-mentor", "community-worker", "manager"], "families"),
        new("NHS", "Health Team", "statutory", "health;family-support", "health", 10, 80, 0.0, 0.88, ["health-visitor", "school-nurse", "nurse", "camhs-professional"], "0-4;5-11;12-19"),
    ];

    private static readonly double[] KindWeights = [0.42, 0.12, 0.16, 0.09, 0.09, 0.07, 0.05];

    private static readonly (string Code, double Weight)[] Ethnicities =
    [
        ("white-british", 0.80), ("white-irish", 0.01), ("white-gypsy-traveller", 0.002), ("white-roma", 0.002), ("white-other", 0.04),
        ("mixed-white-asian", 0.006), ("mixed-white-black-african", 0.004), ("mixed-white-black-caribbean", 0.008), ("mixed-other", 0.005),
        ("asian-bangladeshi", 0.006), ("asian-chinese", 0.005), ("asian-indian", 0.025), ("asian-pakistani", 0.02), ("asian-other", 0.008),
        ("black-african", 0.018), ("black-caribbean", 0.01), ("black-other", 0.003), ("other-arab", 0.004), ("other-any", 0.006), ("not-given", 0.018),
    ];

    private static readonly (string Code, double Weight)[] LeavingReasons =
    [
        ("children-workforce-job", 0.22), ("left-sector", 0.18), ("pay", 0.14), ("workload", 0.1), ("career", 0.05), ("retirement", 0.07),
        ("relocation", 0.07), ("family", 0.06), ("health", 0.03), ("contract-ended", 0.03), ("redundancy", 0.01), ("dismissal", 0.01),
        ("volunteering-ended", 0.02), ("other", 0.01), ("not-known", 0.01),
    ];

    public static string OrganisationsHeader => string.Join(',', WorkforceStandard.Organisations.Header);
    public static string WorkersHeader => string.Join(',', WorkforceStandard.Workers.Header);
    public static string TrainingHeader => string.Join(',', WorkforceStandard.TrainingRecords.Header);

    /// <summary>Writes the three files; returns the number of organisations, workers and training records written.</summary>
    public (int Organisations, long Workers, long Training) Write(TextWriter organisations, TextWriter workers, TextWriter? training,
        IReadOnlyList<string> districts, long targetWorkers, int organisationCount, string referencePrefix = "")
    {
        var random = new Random(seed);
        organisations.WriteLine(OrganisationsHeader);
        workers.WriteLine(WorkersHeader);
        training?.WriteLine(TrainingHeader);
        long workerCount = 0, trainingCount = 0;
        var line = new StringBuilder(256);
        var kinds = Enumerable.Range(0, organisationCount).Select(_ => Kinds[Pick(random, KindWeights)]).ToArray();
        var sizes = Sizes(random, kinds, targetWorkers);
        for (var o = 0; o < organisationCount; o++)
        {
            var kind = kinds[o];
            var size = sizes[o];
            var reference = $"{referencePrefix}{kind.Prefix}{o + 1:D6}";
            var district = districts[random.Next(districts.Count)];
            organisations.WriteLine(string.Join(',', reference, $"{district} {kind.Name} {o + 1}", kind.Sector, kind.Categories, kind.WorkforceSector, district,
                kind.AgeRanges, SizeBand(size), random.NextDouble() < 0.5 ? "under-60k" : random.NextDouble() < 0.6 ? "60k-100k" : "over-100k",
                random.NextDouble() < 0.3 ? "none" : random.NextDouble() < 0.6 ? "up-to-1k" : "1k-5k", ""));
            var (written, trained) = WriteWorkers(random, kind, reference, (int)Math.Min(size, targetWorkers - workerCount), workers, training, line);
            workerCount += written;
            trainingCount += trained;
        }
        return (organisationCount, workerCount, trainingCount);
    }

    /// <summary>Writes a workforce for one existing organisation (the demo area's named organisations) of a kind: EY, PS, URN, YC, SG, FS or NHS.</summary>
    public (long Workers, long Training) WriteFor(string reference, string kindPrefix, int size, TextWriter workers, TextWriter? training) =>
        WriteWorkers(new Random(seed ^ reference.Aggregate(17, (hash, c) => unchecked(hash * 31 + c))), Kinds.Single(k => k.Prefix == kindPrefix), reference, size, workers, training, new StringBuilder(256));

    private (long Workers, long Training) WriteWorkers(Random random, Kind kind, string reference, int size, TextWriter workers, TextWriter? training, StringBuilder line)
    {
        long workerCount = 0, trainingCount = 0;
    for (var w = 0; w < size; w++)
        {
            workerCount++;
            var staff = $"S{w + 1:D5}";
            var volunteer = random.NextDouble() < kind.Volunteers;
            var contract = volunteer ? (random.NextDouble() < 0.1 ? "committee" : "volunteer")
                : random.NextDouble() < 0.55 ? "full-time" : random.NextDouble() < 0.9 ? "part-time" : random.NextDouble() < 0.5 ? "agency" : "self-employed";
            var hours = contract switch
            {
                "full-time" => 37 + random.Next(0, 3),
                "part-time" => 8 + random.Next(0, 26),
                "volunteer" or "committee" => 1 + random.Next(0, 6),
                _ => 10 + random.Next(0, 28),
            };
            var age = Math.Clamp((int)Math.Round(Normal(random, volunteer ? 42 : 39, 12)), 16, 74);
            var serviceDays = (int)Math.Min(Math.Max(1, -Math.Log(1 - random.NextDouble()) * 4.5 * 365), (age - 16) * 365);
            var start = today.AddDays(-serviceDays);
            string leaving = "", reason = "";
            if (random.NextDouble() < 0.15 && serviceDays > 30)
            {
                var left = today.AddDays(-random.Next(1, Math.Min(365, serviceDays)));
                leaving = Iso(left);
                reason = age >= 60 && random.NextDouble() < 0.5 ? "retirement" : volunteer && random.NextDouble() < 0.5 ? "volunteering-ended" : LeavingReasons[Pick(random, LeavingReasons.Select(r => r.Weight).ToArray())].Code;
            }
            var gender = random.NextDouble() < 0.01 ? "not-given" : random.NextDouble() < 0.004 ? "other" : random.NextDouble() < kind.FemaleShare ? "female" : "male";
            var ethnicity = Ethnicities[Pick(random, Ethnicities.Select(e => e.Weight).ToArray())].Code;
            var disability = random.NextDouble() < 0.07 ? "yes" : random.NextDouble() < 0.03 ? "not-given" : "no";
            var level = Level(random, kind, volunteer);
            var apprentice = age < 25 && !volunteer && random.NextDouble() < 0.2 ? "current" : random.NextDouble() < 0.04 ? "completed" : "none";
            var induction = serviceDays < 60 ? (random.NextDouble() < 0.4 ? "yes" : "no") : random.NextDouble() < 0.9 ? "yes" : "no";
            line.Clear().Append(reference).Append(',').Append(staff).Append(',').Append(kind.Roles[random.Next(kind.Roles.Length)]).Append(',')
                .Append(contract).Append(',').Append(hours.ToString(CultureInfo.InvariantCulture)).Append(',').Append(Iso(start)).Append(',')
                .Append(leaving).Append(',').Append(reason).Append(',').Append((today.Year - age).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(gender).Append(',').Append(ethnicity).Append(',').Append(disability).Append(',').Append(level).Append(',')
                .Append(apprentice).Append(',').Append(induction).Append(',');
            workers.WriteLine(line);
            if (training is null)
            {
                continue;
            }
            if (random.NextDouble() < 0.85)
            {
                var done = today.AddDays(-random.Next(1, 4 * 365));
                var sgLevel = kind.Prefix == "NHS" || random.NextDouble() < 0.3 ? "2" : "1";
                training.WriteLine(string.Join(',', reference, staff, $"Safeguarding children level {sgLevel}", "safeguarding", Iso(done), "Demoshire Safeguarding Partnership",
                    sgLevel, "no", Iso(done.AddYears(3))));
                trainingCount++;
            }
            if (random.NextDouble() < 0.5)
            {
                var done = today.AddDays(-random.Next(1, 3 * 365));
                training.WriteLine(string.Join(',', reference, staff, "Paediatric first aid", "first-aid", Iso(done), "St John Ambulance", "", "yes", Iso(done.AddYears(3))));
                trainingCount++;
            }
            if (random.NextDouble() < 0.3)
            {
                var done = today.AddDays(-random.Next(1, 2 * 365));
                training.WriteLine(string.Join(',', reference, staff, "Common Core of Skills and Knowledge", "common-core", Iso(done), "Demoshire Training Partnership", "", "no", ""));
                trainingCount++;
            }
        }
        return (workerCount, trainingCount);
    }

    private static string Level(Random random, Kind kind, bool volunteer)
    {
        if (volunteer)
        {
            return random.NextDouble() < 0.7 ? "none" : random.NextDouble() < 0.5 ? "2" : "3";
        }
        var roll = random.NextDouble();
        return kind.Prefix switch
        {
            "EY" or "PS" => roll < 0.08 ? "none" : roll < 0.25 ? "2" : roll < 0.85 ? "3" : roll < 0.92 ? "4" : roll < 0.98 ? "6" : "5",
            "URN" => roll < 0.05 ? "none" : roll < 0.25 ? "3" : roll < 0.4 ? "4" : roll < 0.9 ? "6" : "7",
            "NHS" => roll < 0.1 ? "3" : roll < 0.3 ? "5" : roll < 0.85 ? "6" : "7",
            _ => roll < 0.2 ? "none" : roll < 0.45 ? "2" : roll < 0.8 ? "3" : roll < 0.9 ? "4" : "6",
        };
    }

    /// <summary>A size for each organisation from its kind's range, scaled so the sizes add up to the target exactly.</summary>
    private static int[] Sizes(Random random, Kind[] kinds, long target)
    {
        var raw = kinds.Select(k => (double)random.Next(k.MinSize, k.MaxSize + 1)).ToArray();
        var scale = target / raw.Sum();
        var sizes = raw.Select(r => Math.Max(1, (int)Math.Round(r * scale))).ToArray();
        var difference = target - sizes.Sum(s => (long)s);
        for (var i = 0; difference != 0; i = (i + 1) % sizes.Length)
        {
            if (difference > 0)
            {
                sizes[i]++;
                difference--;
            }
            else if (sizes[i] > 1)
            {
                sizes[i]--;
                difference++;
            }
        }
        return sizes;
    }

    private static string SizeBand(int size) => size switch { < 5 => "1-4", < 10 => "5-9", < 50 => "10-49", < 250 => "50-249", _ => "250+" };

    private static int Pick(Random random, double[] weights)
    {
        var roll = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll <= 0)
            {
                return i;
            }
        }
        return weights.Length - 1;
    }

    private static double Normal(Random random, double mean, double deviation) =>
        mean + deviation * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

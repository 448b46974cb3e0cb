using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Strategy;
using OneWorkforce.Core.Training;
using WorkforceReports = OneWorkforce.Core.Workforce.Intelligence.WorkforceReports;
using OneWorkforce.Data.Assessment;
using OneWorkforce.Data.Workforce.Intelligence;

namespace OneWorkforce.Data.Strategy;

/// <summary>
/// Reads a computed indicator's measure from the live data of the other modules, for the strategy's area (or every area,
/// for a national strategy) as at a date: a workforce report's headline, people attending training in the 12 months
/// before, or the overall score of the latest self-assessment cycle that had ended by then.
/// </summary>
public sealed class StrategyMeasures(OneWorkforceDbContext db, WorkforceIntelligence intelligence, AssessmentCycles cycles)
{
    /// <summary>The value and where it came from; null when there is nothing to compute it from yet.</summary>
    public async Task<(decimal Value, string Source)?> ComputeAsync(Measure measure, int? areaId, DateOnly asAt, CancellationToken cancellationToken = default)
    {
        if (measure.Workforce is { } workforce)
        {
            var report = WorkforceReports.Find(workforce.Report) ?? throw new InvalidOperationException($"No workforce report '{workforce.Report}'");
            var built = await intelligence.BuildAsync(report, new ReportFilter(areaId), asAt, suppress: false, cancellationToken);
            var headline = built.Headlines.FirstOrDefault(h => h.Code == workforce.Headline);
            return headline?.Value is { } value ? ((decimal)Math.Round(value, 1), $"{measure.Source}, {headline.Numerator:N0} of {headline.Denominator:N0} on {asAt:d MMMM yyyy}") : null;
        }
        if (measure.Code == Measures.TrainingAttendance)
        {
            var since = asAt.AddYears(-1).ToDateTime(TimeOnly.MinValue);
            var until = asAt.AddDays(1).ToDateTime(TimeOnly.MinValue);
            var attended = await (from b in db.Bookings.AsNoTracking()
                                  join s in db.CourseSessions on b.SessionId equals s.Id
                                  join c in db.Courses on s.CourseId equals c.Id
                                  where b.Status == TrainingCodes.BookingStatus.Attended && s.StartsAt >= since && s.StartsAt < until && (areaId == null || c.AreaId == areaId)
                                  select b.AttendeeKey).Distinct().CountAsync(cancellationToken);
            return (attended, $"{measure.Source}: people who attended a course or event in the 12 months to {asAt:d MMMM yyyy}");
        }
        if (measure.Code == Measures.AssessmentOverall && areaId is { } area)
        {
            var cycle = await db.AssessmentCycles.AsNoTracking().Where(c => c.AreaId == area && c.PeriodEnd <= asAt)
                .OrderByDescending(c => c.PeriodEnd).ThenByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);
            if (cycle is null)
            {
                return null;
            }
            var overall = (await cycles.TalliesAsync(cycle.Id, cancellationToken)).All.Figures().Overall;
            return overall is { } score ? (Math.Round(score, 2), $"{measure.Source}: {cycle.Name}") : null;
        }
        return null;
    }
}

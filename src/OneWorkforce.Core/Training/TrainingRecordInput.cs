using OneWorkforce.Core.Validation;
using OneWorkforce.Core.Workforce;

namespace OneWorkforce.Core.Training;

/// <summary>
/// A training record a manager enters by hand (training done elsewhere), with what shows it was done: the same fields
/// as the training file of the data standard, plus the evidence and, for Common Core training, the areas covered.
/// </summary>
public sealed class TrainingRecordInput
{
    public string? Title { get; init; }
    public string? Topic { get; init; }
    public string? Level { get; init; }
    public DateOnly? CompletedOn { get; init; }
    /// <summary>Set when the date boxes held something that is not a real date.</summary>
    public string? DateProblem { get; init; }
    public string? Provider { get; init; }
    public string? Evidence { get; init; }
    public IReadOnlyList<string> CoreAreas { get; init; } = [];

    /// <summary>The checked values, or the message for each field that is wrong and how to put it right.</summary>
    public FieldErrors Validate(DateOnly today)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(Title))
        {
            errors.Add(nameof(Title), "Enter the name of the training, as on the certificate");
        }
        else if (Title.Trim().Length > 200)
        {
            errors.Add(nameof(Title), "The name of the training must be 200 characters or fewer");
        }
        if (string.IsNullOrWhiteSpace(Topic) || WorkforceCodes.TrainingTopics.Find(Topic) is null)
        {
            errors.Add(nameof(Topic), "Choose the topic of the training");
        }
        if (!string.IsNullOrWhiteSpace(Level) && (Topic != "safeguarding" || WorkforceCodes.SafeguardingLevels.Find(Level) is null))
        {
            errors.Add(nameof(Level), Topic == "safeguarding" ? "Choose level 1, 2 or 3" : "A level is only given for safeguarding training: leave it blank");
        }
        if (Topic == "safeguarding" && string.IsNullOrWhiteSpace(Level))
        {
            errors.Add(nameof(Level), "Choose the level of the safeguarding training, 1, 2 or 3");
        }
        if (DateProblem is not null)
        {
            errors.Add("CompletedOn", DateProblem);
        }
        else if (CompletedOn is not { } done)
        {
            errors.Add("CompletedOn", "Enter the date the training was completed, for example 27 3 2026");
        }
        else if (done > today)
        {
            errors.Add("CompletedOn", "The date the training was completed must be today or in the past");
        }
        else if (done.Year < 1950)
        {
            errors.Add("CompletedOn", "The date the training was completed must be after 1950");
        }
        if ((Provider?.Trim().Length ?? 0) > 200)
        {
            errors.Add(nameof(Provider), "The provider must be 200 characters or fewer");
        }
        if (string.IsNullOrWhiteSpace(Evidence))
        {
            errors.Add(nameof(Evidence), "Say what shows the training was done, for example the certificate number or who signed it off");
        }
        else if (Evidence.Trim().Length > 500)
        {
            errors.Add(nameof(Evidence), "The evidence must be 500 characters or fewer");
        }
        if (CoreAreas.Count > 0 && Topic != "common-core")
        {
            errors.Add("CoreAreas", "Common Core areas are only given for Common Core training: untick them");
        }
        else if (CoreAreas.Any(a => a is not ("1" or "2" or "3" or "4" or "5" or "6")))
        {
            errors.Add("CoreAreas", "Choose Common Core areas from the six listed");
        }
        return errors;
    }

    /// <summary>The record for a worker, once <see cref="Validate"/> found nothing wrong.</summary>
    public TrainingRecord ToRecord(Worker worker, DateTime nowUtc)
    {
        var topic = Topic!.Trim();
        var done = CompletedOn!.Value;
        return new TrainingRecord
        {
            AreaId = worker.AreaId, OrganisationId = worker.OrganisationId, WorkerId = worker.Id, StaffReference = worker.StaffReference,
            Title = Title!.Trim(), Topic = topic, CompletedOn = done, Provider = string.IsNullOrWhiteSpace(Provider) ? null : Provider.Trim(),
            SafeguardingLevel = string.IsNullOrWhiteSpace(Level) ? null : Level.Trim(), ExpiresOn = TrainingExpiry.ExpiresOn(topic, done),
            CommonCoreAreas = Course.Join(CoreAreas.Distinct().Order()), Evidence = Evidence!.Trim(), UpdatedAt = nowUtc,
        };
    }
}

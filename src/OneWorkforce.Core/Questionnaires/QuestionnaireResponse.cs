namespace OneWorkforce.Core.Questionnaires;

/// <summary>
/// One person's answers to a questionnaire: started, saved as they go, then submitted once. Anonymous
/// unless the questionnaire says otherwise: it holds no account, only an unguessable token for its address
/// and a short code to come back with.
/// </summary>
public class QuestionnaireResponse
{
    public const string Started = "started";
    public const string Submitted = "submitted";

    public int Id { get; set; }
    /// <summary>What the questionnaire belongs to, such as <c>assessment</c> (a self-assessment cycle) or <c>survey</c>.</summary>
    public required string Kind { get; set; }
    /// <summary>The id of the cycle or survey.</summary>
    public int OwnerId { get; set; }
    /// <summary>The response's address: 26 random characters, never shown to anyone but the respondent.</summary>
    public required string Token { get; set; }
    /// <summary>A short code (like <c>K7QM-4TXP</c>) to come back to the answers later.</summary>
    public required string ResumeCode { get; set; }
    public string? GroupCode { get; set; }
    public string? Locality { get; set; }
    public int? InvitationId { get; set; }
    /// <summary>For a survey: the organisation that answered, when known (a personal link, or a reference in an imported file).</summary>
    public int? OrganisationId { get; set; }
    /// <summary>For a survey: the organisation's categories when it answered, separated by semicolons, for the breakdown by category.</summary>
    public string? Categories { get; set; }
    /// <summary><see cref="Started"/> or <see cref="Submitted"/>.</summary>
    public required string Status { get; set; }
    /// <summary>How the answers came: <c>online</c> or <c>paper</c> (keyed in from a spreadsheet).</summary>
    public required string Channel { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    /// <summary>The answers as a JSON object of question key → answer text.</summary>
    public required string AnswersJson { get; set; }
    /// <summary>The scale answers in one line for fast analysis (the self-assessment's <see cref="Assessment.ScoreLine"/>).</summary>
    public string? ScoreLine { get; set; }
}

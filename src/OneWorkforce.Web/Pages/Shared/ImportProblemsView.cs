using OneWorkforce.Core.Imports;

namespace OneWorkforce.Web.Pages.Shared;

/// <summary>The model of the shared <c>_ImportProblems</c> partial: a refused upload's heading, file and problems.</summary>
public sealed record ImportProblemsView(string Heading, string FileName, IReadOnlyList<ImportProblem> Problems);

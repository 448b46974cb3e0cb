using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Data.Training;

namespace OneWorkforce.Web.Pages.Training;

/// <summary>A printable certificate of attendance or of a completed induction; anyone with its code can see that it is real.</summary>
public sealed class CertificateModel(TrainingBookings bookings, Inductions inductions) : PageModel
{
    public Certificate? Certificate { get; private set; }
    public InductionCertificate? Induction { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code)
    {
        Certificate = await bookings.FindCertificateAsync(code);
        Induction = Certificate is null ? await inductions.FindCertificateAsync(code) : null;
        return Certificate is null && Induction is null ? NotFound() : Page();
    }
}

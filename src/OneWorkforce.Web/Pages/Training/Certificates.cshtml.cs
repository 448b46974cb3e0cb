using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Data.Training;

namespace OneWorkforce.Web.Pages.Training;

/// <summary>Check a certificate: type its code, see the certificate if it is real.</summary>
public sealed class CertificatesModel(TrainingBookings bookings, Inductions inductions) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Code is null)
        {
            return Page();
        }
        if (OneWorkforce.Core.Training.CertificateCodes.Normalise(Code) is not { } normal)
        {
            ModelState.AddModelError(nameof(Code), "Enter the 12 letters and numbers of the certificate code, like ABCD-EFGH-2345");
            return Page();
        }
        if (await bookings.FindCertificateAsync(normal) is null && await inductions.FindCertificateAsync(normal) is null)
        {
            ModelState.AddModelError(nameof(Code), "There is no certificate with this code. Check the code on the certificate and try again");
            return Page();
        }
        return Redirect($"/training/certificates/{normal}");
    }
}

// Shell of the signed-out pages (sign-in, invitation acceptance): a centred card under the wordmark.
import { Logo } from "@/components/ui/logo";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <div className="mb-8">
        <Logo className="text-xl" />
      </div>
      <div className="w-full max-w-sm">{children}</div>
    </main>
  );
}

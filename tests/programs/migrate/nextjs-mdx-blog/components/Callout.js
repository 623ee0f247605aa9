export default function Callout({ children }) {
  return <aside className="callout">{children}</aside>;
}
